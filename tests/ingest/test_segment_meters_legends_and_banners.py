"""Line shapes over a page's headline or inside its body that are no headline and no teaser: a
paywall's counter of free reads with its sign-in link, a table's legend of marks, a bar of
bracketed language buttons, an alert banner, a distribution note; and the lettered items of a
recommendation, whose '(c)' is no copyright sign."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, BELOW, TODAY, kind_of

HEADLINE = "Regional airline adds three routes as winter bookings climb"


@pytest.mark.parametrize(
    "meter",
    [
        "You have 1 of 6 free stories left this week. Log in",
        "You've got 1 of 3 free articles left this week | Subscribe now",
        "3 of 5 free stories read this month. Log in",
        "You have two of five free articles remaining. Register for more",
    ],
)
def test_a_counter_of_free_reads_with_its_account_link_is_no_headline(meter: str) -> None:
    page = (
        f"HARBOUR REVIEW · Business news of the coast\nHome | Markets | Travel | Opinion\n"
        f"{meter}\nTRAVEL / AVIATION\n{HEADLINE}\nBy Ana Ruiz · 03.06.2026 · 4 min read\n"
        f"{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, meter, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "items",
    [
        "(a) Publish the prices every month. (b) Widen the list. (c) Tie the aid to proof that"
        " it reaches shops. (d) Review the scheme before 30 June 2026.",
        "We ask the council to (a) open the books, (b) hire two auditors and (c) report by"
        " March 2027.",
        "5. Steps: (a) cut the fee; (b) publish the data; (c) consult the unions in 2026.",
        "Its advice: (b) keep the cap; (c) extend the deadline for the shops that applied in 2025.",
    ],
)
def test_a_lettered_item_c_before_a_year_is_no_copyright_line(items: str) -> None:
    page = f"{HEADLINE}\n\n{ABOVE}{items}\n{BELOW}"
    assert kind_of(page, items, TODAY) == "body"


@pytest.mark.parametrize(
    "notice",
    [
        "Published by Harbour Media. (c) 2026 Harbour Media Ltd",
        "All reports are for information. (c) Harbour Media Ltd 2025",
        "Printed in Lisbon. © Harbour Media 2026",
    ],
)
def test_a_copyright_notice_after_a_sentence_is_still_furniture(notice: str) -> None:
    page = f"{HEADLINE}\n\n{ABOVE}{BELOW.strip()}\n\n{notice}\n"
    assert kind_of(page, notice, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "legend",
    [
        "Legend: [+] listed  [-] delisted  [~] changed  ·  Entries as each office printed them",
        "Key: * provisional figure; e = estimate",
        "[+] new  [*] changed  [−] dropped",
        "Key to symbols: (+) rise, (−) fall, (=) no change",
    ],
)
def test_a_legend_of_marks_over_a_report_is_no_headline(legend: str) -> None:
    title = "Watchlist Changes — Weekly Report"
    page = (
        f"LISTDESK  |  Screening data for banks\nPortal › Reports › Weekly\n"
        f"Report ID: LD-2026-22  ·  Generated: 02-Jun-2026 06:00\n{legend}\n{title}\n"
        f"SUMMARY\n{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == title


@pytest.mark.parametrize(
    "rows",
    [
        ["[+] Person | Ana Perez Lobo | Chile", "[+] Person | Tomas Vidal | Peru"],
        ["[-] Vessel | Sea Lark | Panama", "[-] Vessel | Blue Heron"],
        ["Company | Andes Freight SA | Bolivia", "Company | Altiplano Trading SRL | Bolivia"],
        ["[~] Entity | Coast Holdings | Fiji", "[~] Entity | Reef Capital | Fiji"],
    ],
)
def test_rows_of_a_list_that_share_their_first_cell_stay_body(rows: list[str]) -> None:
    lead = "Notice: The ministry added these entries to its list on Monday, with immediate effect."
    block = "\n".join([lead, *rows, "The entries take effect at once, the ministry said."])
    page = f"{HEADLINE}\n\n{ABOVE}{block}\n{BELOW}"
    for row in rows:
        assert kind_of(page, row, TODAY) == "body"


def test_a_link_strip_alone_under_the_story_is_still_furniture() -> None:
    strip = "About us | Careers | Contact"
    page = f"{HEADLINE}\n\n{ABOVE}{BELOW.strip()}\n{strip}\n"
    assert kind_of(page, strip, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "bar",
    [
        "[Accueil] [Español] [English] — Member wire · 6 items today",
        "[Home] [Deutsch] [English]",
        "[Início PT] [English] | Live radio",
        "[ Sections ] [ Search ] [ Log in ] · Daily edition",
    ],
)
def test_a_bar_of_bracketed_buttons_over_the_story_is_no_headline(bar: str) -> None:
    page = f"HNA · HARBOUR NEWS AGENCY · English Service\n{bar}\n{HEADLINE}\n\n{ABOVE}{BELOW}"
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "note",
    [
        "Note to subscribers: this version supersedes item 0531-207 (a name was misspelt).",
        "Note to clients: a fuller version will follow at 14:00.",
        "Advisory for editors: the picture with this story may not be cropped.",
        "Message to members: the next bulletin moves to Friday because of the holiday.",
    ],
)
def test_a_wire_note_to_its_subscribers_over_the_story_is_no_headline(note: str) -> None:
    page = (
        "HNA · HARBOUR NEWS AGENCY\n"
        "Item HNA-0602-014  ·  Desk: ECO  ·  Sent 2 Jun 2026 10:20  ·  Photo: HNA-PH-0602-03 available\n"
        f"{note}\n{HEADLINE}\n\n{ABOVE}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "note",
    [
        "Distribution: account holders only. Not for onward transmission. Rates are indicative.",
        "Circulation: clients of the desk. Please do not quote.",
        "Prepared for our members. Not for further distribution.",
        "Distribution: internal",
    ],
)
def test_a_report_distribution_note_over_its_headline_is_no_headline(note: str) -> None:
    page = (
        "EASTWIND BROKING PTY LTD · Perth · Singapore\n"
        "WEEKLY TANKER REPORT — Week 22, 2026 — issued Wednesday 27 May 2026\n"
        f"{note}\n{HEADLINE}\nMARKET IN BRIEF\n{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "banner",
    [
        "⚠ TRAVEL ALERT — Ash over the bay. Check with your airline before you travel.",
        "WEATHER WARNING: Roads to the north are closed. Stay at home if you can.",
        "SERVICE ADVISORY — Trains run every 20 minutes today",
        "⚠️ STORM ALERT | Ferries suspended until further notice.",
    ],
)
def test_an_alert_banner_over_an_official_page_is_no_headline(banner: str) -> None:
    title = "Storm closures: current notices and passenger information"
    page = (
        "Bay City International Airport · Department of Transport\n"
        f"Arrivals | Car parks | Freight | Help\n{banner}\nHome > Info > Notices\n"
        f"Page last reviewed: 03/04/2026 07:15\n{title}\n{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == title


def test_a_headline_that_names_a_warning_in_its_own_words_is_still_the_headline() -> None:
    title = "Weather warning: gales to hit the north coast on Friday"
    page = f"Home | News | Weather\n{title}\nBy Ana Ruiz\n3 June 2026\n\n{ABOVE}{BELOW}"
    assert segment_text(page, TODAY).title == title


@pytest.mark.parametrize(
    ("number", "subject"),
    [
        ("e-Petition 1289-26", "Cap on ferry fares to the northern islands"),
        ("Petition No. 44/2026", "Keep the night clinic open in Port Nelson"),
        ("Complaint 3071/25", "Refund of parking fines issued during the roadworks"),
        ("Case 118-2026", "Appeal over the closure of the harbour fish market"),
    ],
)
def test_a_record_kind_and_serial_over_its_subject_give_way_to_the_subject(
    number: str, subject: str
) -> None:
    page = (
        "Regional Assembly\nHome  >  Petitions  >  Closed petitions\n"
        f"Skip to details | Print this page\n{number}\n{subject}\n"
        "Principal petitioner: Ms Ana Ruiz, Port Nelson\nStatus: Closed\n\n"
        f"{ABOVE}{BELOW}"
    )
    assert segment_text(page, TODAY).title == subject


def test_a_span_of_years_in_a_short_headline_is_no_serial() -> None:
    title = "Budget 2026-27"
    page = f"Home | News\n{title}\nBy Ana Ruiz\n3 June 2026\n\n{ABOVE}{BELOW}"
    assert segment_text(page, TODAY).title == title


@pytest.mark.parametrize(
    "field",
    [
        "Posting date: 12/08/2026",
        "Closing date: 12/10/2026",
        "Lodged: 3 March 2026",
        "Response due: 14 May 2026",
    ],
)
def test_a_dated_field_of_a_record_stamped_by_its_page_is_body(field: str) -> None:
    page = (
        "Regional Assembly\nHome  >  Petitions\ne-Petition 1290-26\n"
        "Keep the night clinic open in Port Nelson\n"
        "Principal petitioner: Ms Ana Ruiz, Port Nelson\nSponsoring Member: Member for Bay\n"
        "Status: Closed — response received\nPage last updated: 4 November 2026 09:12\n"
        f"{field}\nNumber of signatures: 2,417\n"
        "Addressed to: the Chair and Members of the Regional Assembly\n"
        f"{ABOVE.strip()}{BELOW}"
    )
    assert kind_of(page, field, TODAY) == "body"
    assert str(segment_text(page, TODAY).byline.published) == "2026-11-04"


@pytest.mark.parametrize(
    ("head", "field"),
    [
        ("!BAY 04/012 BAY AD OPEN. HOURS EXTENDED UNTIL FURTHER NOTICE", "B) 2604040000 C) PERM"),
        ("!BAY 04/013 BAY TWY C CLSD", "B) 2604040600 C) 2604060600EST"),
        ("!GUL 04/002 GUL AD OPEN FOR DIVERSIONS", "B) 2604041200 C) UFN"),
        ("!BAY 04/014 BAY APRON 2 CLSD", "B) 2604050000 C) 2604052359"),
    ],
)
def test_a_coded_field_that_opened_a_line_above_is_no_teaser_head(head: str, field: str) -> None:
    """A run of coded notices on a page set with no blank lines: each notice's fields open on
    the same labels, so a short field line over the next field is no headline over its
    excerpt, and the page's text under it stays body."""
    notices = "\n".join(
        [
            "!BAY 04/009 BAY RWY 07/25 CLSD",
            "B) 2604010000 C) 2604030000EST",
            "E) RUNWAY CLOSED FOR SURFACE REPAIRS. USE RWY 16/34 FOR ALL MOVEMENTS.",
            "!BAY 04/010 BAY RWY 16/34 OPEN",
            "B) 2604010000 C) 2604030000EST",
            "E) RUNWAY OPEN WITH REDUCED LIGHTING. EXPECT DELAYS AT PEAK HOURS.",
            head,
            field,
            "E) OPEN H24 TO TAKE DIVERTED FLIGHTS. PRIOR PERMISSION FOR ACFT OVER 50 T.",
        ]
    )
    after = (
        "Crews cleared 3 millimetres of ash from the apron overnight and expect to reopen the"
        " second runway on Friday, the airport said in its morning update."
    )
    page = (
        f"{HEADLINE}\n{ABOVE.strip()}\n{BELOW.strip()}\n{notices}\nOther airports\n"
        f"North Field (NFD): closed until Thursday.\nHill Field (HFD): open.\n{after}\n"
    )
    assert kind_of(page, field, TODAY) == "body"
    assert kind_of(page, after, TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    [
        "Comentarios (3)",
        "MENSAGENS DOS OUVINTES (SMS 3300)",
        "Listeners' messages (text 4400)",
        "Commentaires",
    ],
)
def test_readers_or_listeners_messages_under_their_label_are_no_body(label: str) -> None:
    message = "A listener in the hills: no power for three days and no bread at our shop."
    page = f"{HEADLINE}\n{ABOVE.strip()}\n{BELOW.strip()}\n{label}\n{message}\nMORE NEWS\n"
    assert kind_of(page, message, TODAY) == "related"


@pytest.mark.parametrize(
    ("menu", "label"),
    [
        (
            "Accueil  Journaux  Revue de presse  Sport  Podcasts",
            "REVUE DE PRESSE / PRESS REVIEW — the morning show in English",
        ),
        (
            "Home | News | The Week Ahead | Sport",
            "THE WEEK AHEAD — what the markets will watch in the coming days",
        ),
        (
            "Home | Markets | Morning Call | Opinion",
            "Morning Call / Appel du matin — the English text of the 7:30 show",
        ),
        (
            "Inicio  Noticias  Economía  Deportes",
            "ECONOMÍA — Edición en inglés de las noticias de la mañana",
        ),
    ],
)
def test_a_label_naming_a_section_of_the_menu_over_the_headline_is_no_headline(
    menu: str, label: str
) -> None:
    page = (
        f"HARBOUR FM 98.4 · Port Nelson\n{menu}\n{label}\n"
        f"Friday 5 June 2026 · Presented by Ana Ruiz\n{HEADLINE}\n{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    ("heading", "tail"),
    [
        ("What you should do", "Related: Parking during closures · Cargo update"),
        ("How to claim a refund", "SIGN UP FOR TEXT ALERTS · Text BAY to 5500\nMore news"),
        ("Where to get help now", "Related stories"),
        ("Advice for passengers today", "Sign up for our newsletter\nRelated: Ferry times"),
    ],
)
def test_a_last_section_over_the_page_teaser_list_is_no_teaser(heading: str, tail: str) -> None:
    """A page set in one block: a short heading and its paragraph right over the page's own
    labelled list of other stories is the story's last section, not a teaser of another."""
    advice = (
        "If your trip is cancelled, the airline will rebook you. The two main carriers said they"
        " would lay on about 30 extra services over the next two days."
    )
    page = (
        f"{HEADLINE}\n{ABOVE.strip()}\n{BELOW.strip()}\nOther airports\n"
        f"North Field (NFD): closed until Thursday.\nHill Field (HFD): open.\n"
        f"{heading}\n{advice}\n{tail}\n"
    )
    assert kind_of(page, advice, TODAY) == "body"


def test_a_teaser_over_another_teaser_at_the_page_foot_is_still_a_teaser() -> None:
    teaser = "Port strike ends after three days of talks"
    excerpt = "Dock workers return on Monday after the union accepted a 6% rise."
    page = (
        f"{HEADLINE}\n{ABOVE.strip()}\n{BELOW.strip()}\n{teaser}\n{excerpt}\n"
        "Ferry fares rise for the summer season\nOperators blame fuel costs for the 8% increase.\n"
    )
    assert kind_of(page, excerpt, TODAY) == "related"
