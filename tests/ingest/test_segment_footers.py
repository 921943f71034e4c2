"""Page bottoms and bars inside the page: a site's footer (its links, after the publisher's or a
disclaimer's sentences), a sentence that closes with a copyright or rights notice, a company's
registration, a delayed-quotes note, a press contact and a share bar are furniture, never body;
an author's line with no "By" under the headline is the byline."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TANKERS_BODY, TANKERS_HEAD, TODAY, kind_of

PAGE_END = "The ministry will publish the full list on its website next week, officials said.\n\n"


def _bottom(line: str) -> str:
    return f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{PAGE_END}{line}\n"


@pytest.mark.parametrize(
    "footer",
    [
        "Harbour Brief is published by Tidewater Media Ltd. Manage your subscription | Unsubscribe"
        " | Privacy | Terms",
        "Grain Notes is a trade newsletter. (c) 2026. About | Contact | Terms",
        "This digest goes to 12,000 readers every week. Update your preferences | Unsubscribe",
        "Sent to you by the Coastal Desk, 4 Quay Street, Leith. Privacy notice | Unsubscribe | Help",
    ],
)
def test_a_footer_that_ends_in_the_sites_links_is_boilerplate(footer: str) -> None:
    page = _bottom(footer)
    assert kind_of(page, footer, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "strip",
    [
        "About | Careers | Privacy | © Valley Courier 2025",
        "Northgate Echo (c) 2026 | Contact | Advertise | RSS",
        "Terms · Cookies · Accessibility · © Ridge Media 2024",
        "Coastal Post Ltd 2025 | Imprint | Privacy policy | Corrections",
    ],
)
def test_a_link_strip_that_holds_a_copyright_year_is_boilerplate(strip: str) -> None:
    page = _bottom(strip)
    assert kind_of(page, strip, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "notice",
    [
        "Figures are provisional. © Delta Grain Analytics 2026",
        "This note is not investment advice. (c) Fenwick Research 2025, reproduction prohibited.",
        "Harvest Wire is produced by Agrinet AS, Bergen. All rights reserved.",
        "For professional clients only. Moorfield Partners LLP, registered in Scotland No. SO301122.",
    ],
)
def test_a_sentence_closed_by_a_copyright_rights_or_registration_notice_is_boilerplate(
    notice: str,
) -> None:
    page = _bottom(notice)
    assert kind_of(page, notice, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Market data delayed by at least 20 minutes.",
        "Quotes are delayed up to 15 mins",
        "Media contact: Press Officer, 0800 123 4567",
        "Press enquiries: press@harbour.example | +44 20 7000 0000",
        "Press service: +995 32 240 60 00 | www.nbg.example.ge",
        "Media centre: +387 33 27 81 00",
        "Press desk: pressdesk@ministry.example",
        "Media service: +7 727 270 45 00 | media@bank.example.kz",
    ],
)
def test_a_quotes_delay_note_or_a_press_contact_is_boilerplate(line: str) -> None:
    page = _bottom(line)
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "bar",
    [
        "Share | Save | 4 min read",
        "Share: Facebook | X | LinkedIn | Email",
        "Print | Share | Comments (12)",
        "Save | Share this article | 7 min read",
    ],
)
def test_a_share_bar_inside_the_page_is_boilerplate(bar: str) -> None:
    page = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{bar}\n\n{PAGE_END}"
    assert kind_of(page, bar, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "row",
    [
        "Share of exports | 41% | 38%",
        "Tanker | Flag | 2021 | Listed 2024",
        "Freight | 12 ships | 4 ports",
        "Killed: 4 | Hurt: 19",
    ],
)
def test_a_table_row_with_figures_stays_body(row: str) -> None:
    page = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{row}\n\n{PAGE_END}"
    assert kind_of(page, row, TODAY) == "body"


@pytest.mark.parametrize(
    "author",
    [
        "Maria Lopez, Economics Correspondent",
        "Jean Dupont | Lyon",
        "Pieter van der Berg - Brussels",
        "Live coverage by Nadia Rahman and Owen Price",
    ],
)
def test_an_author_line_with_no_by_under_the_headline_is_the_byline(author: str) -> None:
    page = f"{TANKERS_HEAD}{author}\nPublished 3 March 2026\n\n{TANKERS_BODY}{PAGE_END}"
    assert kind_of(page, author, TODAY) == "byline"
    assert segment_text(page, TODAY).byline.published is not None


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("Tomasz Wrona\nPublished 3 March 2026", "Tomasz Wrona"),
        ("3 March 2026, 09:40 GMT\nAnneke de Vries", "Anneke de Vries"),
        ("Jan Horak\nPrague Bureau\nUpdated March 3, 2026 5:10 p.m.", "Jan Horak"),
        ("April Nowak-Lee\nPosted 03.03.2026", "April Nowak-Lee"),
    ],
)
def test_an_authors_name_alone_beside_the_date_stamp_is_the_byline(lines: str, name: str) -> None:
    deck = "Two more ports close to listed ships; the fleet owners plan to appeal"
    page = f"{TANKERS_HEAD}{deck}\n\n{lines}\n\n{TANKERS_BODY}{PAGE_END}"
    assert kind_of(page, name, TODAY) == "byline"
    assert kind_of(page, deck, TODAY) == "body"
    assert segment_text(page, TODAY).byline.authors == [name]  # the desk is no author


@pytest.mark.parametrize(
    "heading",
    ["Market Reaction", "Port Closures", "Exports Slow In May", "Shipping Lines React"],
)
def test_a_short_title_case_line_beside_no_stamp_or_with_a_small_word_stays_body(
    heading: str,
) -> None:
    beside_no_stamp = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{heading}\n\n{PAGE_END}"
    assert kind_of(beside_no_stamp, heading, TODAY) == "body"
    if " In " in heading:  # beside the stamp too, a deck with a small word is no name
        page = f"{TANKERS_HEAD}{heading}\nPublished 3 March 2026\n\n{TANKERS_BODY}{PAGE_END}"
        assert kind_of(page, heading, TODAY) == "body"


@pytest.mark.parametrize(
    "deck",
    [
        "Prices Climb Again, Economists Warn",
        "Fuel Costs Rise, Ministry Says",
        "Exports Slow In May",
        "Port Strike Ends, Talks Resume",
    ],
)
def test_a_title_case_deck_under_the_headline_is_no_author(deck: str) -> None:
    page = f"{TANKERS_HEAD}{deck}\nPublished 3 March 2026\n\n{TANKERS_BODY}{PAGE_END}"
    assert kind_of(page, deck, TODAY) == "body"


@pytest.mark.parametrize(
    "menu",
    [
        "Contents: Overview | Who is listed | Licences",
        "On this page: Summary | Background | Next steps",
        "In this section: Rules | Guidance | Contact the unit",
        "Jump to: Key figures | Reaction | What happens next",
    ],
)
def test_a_labelled_page_menu_is_boilerplate(menu: str) -> None:
    page = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{PAGE_END}{menu}\n"
    assert kind_of(page, menu, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Valley Courier | Newsdesk 0161 555 0100 | (c) 2025 Valley Media Ltd",
        "Ridge Post | Registered office: 2 Mill Lane, Leeds | © Ridge Media 2024",
        "Contents licensed under a public licence, except where noted. © Harbour Authority",
        "Harbour Analytics AS, 3 Dock Road, Bergen. Not investment advice. Subscribe for updates.",
    ],
)
def test_a_strip_or_notice_signed_with_a_copyright_or_a_disclaimer_is_boilerplate(
    line: str,
) -> None:
    page = _bottom(line)
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Tel.: +44 20 7000 0000",
        "Phone: (02) 5550 1234",
        "Press office, press@harbour.example",
        "Newsdesk: desk@courier.example | 0800 555 010",
    ],
)
def test_a_phone_or_email_contact_line_is_boilerplate(line: str) -> None:
    page = _bottom(line)
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "row",
    [
        "(a) 10% | (b) 20% | (c) 30%",
        "Scenario (c) | 2.1% | 1.8%",
        "The bank said its note was not investment advice and gave no target.",
        "Users may email complaints to the regulator, which received 4,100 of them in 2025.",
    ],
)
def test_a_row_or_sentence_with_a_letter_mark_or_an_email_stays_body(row: str) -> None:
    page = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{row}\n\n{PAGE_END}"
    assert kind_of(page, row, TODAY) == "body"


@pytest.mark.parametrize(
    ("mark", "contact"),
    [
        ("-30-", "Press Secretary, 555-0110"),
        ("###", "Communications Branch, Department of Ports, 613-555-0101"),
        ("- ENDS -", "Media desk, Harbour Authority"),
        ("ENDS", "Office of the Minister, 555-0123"),
    ],
)
def test_a_release_end_mark_and_its_contact_lines_are_boilerplate(mark: str, contact: str) -> None:
    page = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{PAGE_END}{mark}\n\n{contact}\n"
    assert kind_of(page, mark, TODAY) == "boilerplate"
    assert kind_of(page, contact, TODAY) == "boilerplate"
    assert kind_of(page, "The ministry will publish", TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    [
        "For more information:",
        "For further information, please contact:",
        "For more information contact:",
        "For further information",
    ],
)
def test_a_release_contact_label_heads_boilerplate(label: str) -> None:
    contact = "Regional Affairs Office, 555-0177"
    page = f"{_bottom(label)}{contact}\n"
    assert kind_of(page, label, TODAY) == "boilerplate"
    assert kind_of(page, contact, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Learn more: www.example.gov/ports",
        "Find out more at https://example.org/fleet-plan",
        "Keywords: SUDAN GOLD/SANCTIONS",
        "Read the full report: www.example.org/report-2025.pdf",
    ],
)
def test_a_link_line_or_a_wire_keywords_line_is_boilerplate(line: str) -> None:
    assert kind_of(_bottom(line), line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "For more information on the 30 listings, officials pointed to the annex.",
        "Learn more about the plan at the town hall meeting on Monday, the mayor said.",
        "Thirty ships were listed in all, the ministry said.",
        "More information will follow when the 12 appeals are heard, the court said.",
    ],
)
def test_a_sentence_that_opens_like_a_release_label_stays_body(line: str) -> None:
    page = f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{line}\n\n{PAGE_END}"
    assert kind_of(page, line, TODAY) == "body"


@pytest.mark.parametrize(
    "note",
    [
        "- About 40 ships were inspected in 2024, up from 31 a year earlier.",
        "The fund was set up in 2019 and has paid out 12 million euros since.",
        "- Fines of up to 5 years in prison apply to breaches of the ban.",
        "Roughly 7% of the fleet is older than 30 years, the agency estimates.",
    ],
)
def test_notes_to_editors_after_a_release_end_mark_stay_body(note: str) -> None:
    page = (
        f"{TANKERS_HEAD}By Lea Novak\n\n{TANKERS_BODY}{PAGE_END}ENDS\n\nNotes to editors\n{note}\n"
    )
    assert kind_of(page, "ENDS", TODAY) == "boilerplate"
    assert kind_of(page, note, TODAY) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Contact: Licensing Unit, Floor 3, Harbour House. Tel: +44 20 7946 0000. Email: lic@example.org",
        "Contact: Press officer Mira Holm, tel. +45 33 92 00 00",
        "Contacts: Statistics desk, phone 555 0142, e-mail stats@example.gov",
        "Contact: Customs helpline. Telephone: 0800 555 0101",
    ],
)
def test_a_contact_line_with_its_numbers_is_furniture(line: str) -> None:
    page = _bottom(line)
    assert kind_of(page, line) == "boilerplate"
    assert kind_of(page, PAGE_END.strip()) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Was this guidance helpful? Yes | No",
        "Is this page useful? Yes / No",
        "Was this answer helpful?",
        "Is this information useful? Yes | No",
    ],
)
def test_a_was_this_helpful_widget_is_furniture(line: str) -> None:
    page = _bottom(line)
    assert kind_of(page, line) == "boilerplate"
