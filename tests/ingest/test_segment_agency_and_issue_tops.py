"""Page tops of agency wires, podcasts, magazines and situation reports: a wire's slug line of
labelled fields, a strip of the platforms a show is on, an issue line with a reading time beside
it, a hard-wrapped headline over the site's name strip, a report's covered period beside its
issue day; and inside the page, a story's dated lead under a video's kicker."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Customs seize record haul of smuggled cigarettes at northern border post"
LEAD = (
    "Customs officers seized 4.2 million smuggled cigarettes at the northern border post on"
    " Tuesday, the largest single haul on record, the finance ministry said in a statement.\n"
)
MORE = (
    "\nThe cigarettes were hidden behind a load of frozen fish in a lorry registered abroad, and"
    " the driver was arrested at the scene, the ministry said.\n"
)


@pytest.mark.parametrize(
    ("slug", "published"),
    [
        ("Tue, 3 Mar 2026 09:41 CET | Category: Economy | Priority: 2 | Word count: 402", None),
        ("Section: Crime | Desk: Nordic | Word count: 388", None),
        ("Wed 11 June 2025 16:02 GMT | Slug: CUSTOMS-HAUL | Length: 420", None),
        ("Category: Business/Trade | Urgency: 3 | Language: EN", None),
    ],
)
def test_a_wires_slug_line_of_labelled_fields_is_metadata_not_the_headline(
    slug: str, published: dt.date | None
) -> None:
    page = f"Baltic News Agency - English Service\n{slug}\n{HEADLINE}\n\n{LEAD}{MORE}"
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, slug) != "body"


@pytest.mark.parametrize(
    "strip",
    [
        "Listen on: Apple Podcasts | Spotify | YouTube | RSS",
        "Subscribe on Spotify | Apple Podcasts | Pocket Casts",
        "Watch on: YouTube | Vimeo",
        "Available on Deezer | Amazon Music | RSS feed",
    ],
)
def test_a_strip_of_a_shows_platforms_is_furniture_over_the_episode_title(strip: str) -> None:
    episode = "Ep. 41 - Border Hauls, Cheap Smokes and the Customs Squeeze"
    page = (
        f"SMUGGLERS' ROUTES - a fortnightly podcast on contraband\nEpisodes | About | Support us\n"
        f"{strip}\n{episode}\n4 March 2026 · 38 min\n{LEAD}{MORE}"
    )
    assert segment_text(page).title == episode
    assert kind_of(page, strip) == "boilerplate"


@pytest.mark.parametrize(
    "issue",
    [
        "Issue 7/2026 · Feature · Trade · Reading time: 12 min",
        "Vol. 14 | Essay | 8 min read",
        "Issue 203 · Analysis · 6 min read",
        "No. 12 · Report · Reading time: 5 minutes",
    ],
)
def test_an_issue_line_with_a_reading_time_gives_way_to_the_headline(issue: str) -> None:
    headline = "The Long Road North: How Contraband Tobacco Crosses the Border"
    page = (
        "GRENZE — The Magazine of Border Affairs\nMagazine | Features | Subscribe\n"
        f"{issue}\n{headline}\n{LEAD}{MORE}"
    )
    assert segment_text(page).title == headline


@pytest.mark.parametrize(
    "strip", ["Valley Ledger | National", "Hill Times | Economy", "Delta Post | World | Sport"]
)
def test_a_wrapped_headline_does_not_run_on_into_the_sites_name_strip(strip: str) -> None:
    headline = "Border post seizes record haul as smuggling surges"
    wrapped = (
        "Customs officers seized 4.2 million smuggled cigarettes at the northern\n"
        "border post on Tuesday, the largest single haul on record, the finance\n"
        "ministry said in a statement issued in the capital late on Tuesday night.\n\n"
        "The cigarettes were hidden behind a load of frozen fish in a lorry that\n"
        "was registered abroad, and the driver was arrested at the scene, the\n"
        "ministry said, adding that two more lorries were being searched today.\n"
    )
    page = f"{headline}\n{strip}\nWednesday, March 4, 2026\nBy Ana Lind\n\n{wrapped}"
    assert segment_text(page).title == headline


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Reporting period: 3 - 9 March 2025 | Issued: 11 March 2025", dt.date(2025, 3, 11)),
        ("Covers: 1-7 June 2026 | Published: 10 June 2026", dt.date(2026, 6, 10)),
        ("Period covered: April 2025 | Released 6 May 2025", dt.date(2025, 5, 6)),
        ("Issued 2 February 2026 | Reporting period: 19 - 25 January 2026", dt.date(2026, 2, 2)),
    ],
)
def test_a_reports_issue_day_and_not_its_covered_period_is_its_publication_date(
    line: str, issued: dt.date
) -> None:
    page = (
        "Relief Coordination Office - Northern Region\nFLOODS: Situation Report No. 4\n"
        f"{line}\n\n{LEAD}{MORE}"
    )
    assert segment_text(page).byline.published == issued


@pytest.mark.parametrize(
    "kicker",
    [
        "Watch: The minister's press conference (3:40)",
        "Video: Divers at the wreck site (1:15)",
        "Listen: Our reporter on the border (6:02)",
    ],
)
@pytest.mark.parametrize(
    "lead",
    [
        "TALLINN: Customs officers seized 4.2 million smuggled cigarettes at the northern border"
        " post on Tuesday, the largest single haul on record, the ministry said.",
        "NARVA, Estonia (BNA) - Customs officers seized 4.2 million smuggled cigarettes at the"
        " border post on Tuesday, the largest single haul on record, officials said.",
    ],
)
def test_a_dated_lead_under_a_video_kicker_is_the_story_not_a_teaser(
    kicker: str, lead: str
) -> None:
    page = (
        f"{HEADLINE}\nBy Ana Lind | Baltic Times\nPublished: 4 Mar 2026 10:12\n"
        f"Share on Facebook | Share on X | Copy link\n{kicker}\n{lead}\n{MORE}"
    )
    assert kind_of(page, lead) == "body"


REPORT_TOP = (
    "NORTHERN RIVERS AUTHORITY\nANNUAL REPORT 2025\nRiverton | 2 April 2026 | Ref NRA/AR-2025\n\n"
)


@pytest.mark.parametrize(
    ("label", "entry"),
    [
        ("Contents", "2. Water levels in 2025 ........................................ 9"),
        ("Table of contents", "3. Dredging and the locks ................................ 14"),
        ("In this report", "1. Chair's letter .............................................. 3"),
        ("Contents", "4. Freight carried in 2025 ..................................... 21"),
    ],
)
def test_a_reports_table_of_contents_is_no_text_of_it(label: str, entry: str) -> None:
    page = (
        f"{REPORT_TOP}{label}\n{entry}\n5. Outlook .......................................... 30"
        f"\n\n{LEAD}{MORE}"
    )
    assert kind_of(page, entry) not in ("body", "title")


@pytest.mark.parametrize(
    "row",
    [
        "Riverton ............................ 41",
        "Lower Ferry ......................... 17",
        "Other (9 ports) ..................... 12",
        "Total ............................... 70",
    ],
)
def test_a_tables_dot_leader_rows_under_its_caption_are_body(row: str) -> None:
    table = (
        "Table 2. Barges held by low water, by port, 2025\nRiverton ............................ 41"
        "\nLower Ferry ......................... 17\nOther (9 ports) ..................... 12\n"
        "Total ............................... 70\n"
    )
    page = f"{REPORT_TOP}{LEAD}\n{table}{MORE}"
    assert kind_of(page, row) == "body"


EPISODE_TOP = (
    "SMUGGLERS' ROUTES - a fortnightly podcast on contraband\nEpisodes | About | Support us\n"
    "Ep. 41 - Border Hauls, Cheap Smokes and the Customs Squeeze\n4 March 2026 · 38 min\n"
    "This week: a record seizure at the northern border and what it says about the trade.\n"
)


@pytest.mark.parametrize(
    "chapter",
    [
        "[03:15] Inside the record seizure at the border post",
        "(12:40) Why the fish lorries were waved through",
        "21:05 - Who buys the smuggled cigarettes?",
        "[1:02:30] Listener questions",
    ],
)
def test_a_shows_chapter_list_under_its_label_is_its_menu_not_its_text(chapter: str) -> None:
    page = (
        f"{EPISODE_TOP}Chapters\n[00:00] Intro\n{chapter}\n[30:00] Wrap-up\nShow notes\n"
        f"{LEAD}{MORE}"
    )
    assert kind_of(page, chapter) == "boilerplate"
    assert kind_of(page, LEAD.strip()) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "This episode is sponsored by LedgerScan: check 5,000 invoices in a minute.",
        "This podcast is brought to you by Harbour Bank, 10% off your first loan fee.",
        "Next episode (18 March): the port of Riga and its new scanners",
        "Subscribe: 24 issues for $60 a year, including the archive",
    ],
)
def test_a_sponsor_read_a_next_episode_and_a_subscription_offer_are_furniture(
    line: str,
) -> None:
    page = f"{EPISODE_TOP}{LEAD}{line}\n{MORE}"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    ("said", "pulled"),
    [
        (
            '"We used to call it a bad year. Now it is every year," the skipper says.',
            '"We used to call it a bad year. Now it is every year." — Skipper Jan de Vries',
        ),
        (
            '"Nobody checks the fish lorries," a driver told us. "Nobody ever did."',
            '"Nobody checks the fish lorries." - A lorry driver at the border',
        ),
        (
            'The mayor put it plainly: "The river is our road, and the road is closing."',
            "“The river is our road, and the road is closing.” — Mayor Ilse Brandt",
        ),
    ],
)
def test_a_pull_quote_that_repeats_the_storys_words_is_not_its_text(said: str, pulled: str) -> None:
    page = f"{HEADLINE}\nBy Ana Lind\n4 March 2026\n\n{LEAD}\n{said}\n\n{pulled}\n\n{MORE}"
    assert kind_of(page, pulled) == "boilerplate"
    assert kind_of(page, said) == "body"


def test_a_quote_with_its_speaker_said_nowhere_else_stays_text() -> None:
    quote = '"The border will stay open to trade." — Finance minister Aino Mets'
    page = f"{HEADLINE}\nBy Ana Lind\n4 March 2026\n\n{LEAD}\n{quote}\n\n{MORE}"
    assert kind_of(page, quote) == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "A customs officer counts cartons in the border shed on 2 March.",
        "The seized lorry waits at the border post. Its load was declared as frozen fish.",
        "Officers unload the haul at Narva on Tuesday night.",
        "Sniffer dogs search a trailer at the northern crossing.",
    ],
)
def test_the_first_line_under_a_photo_crediting_byline_is_the_pictures_caption(
    caption: str,
) -> None:
    page = f"{HEADLINE}\nText: Ana Lind · Photos: Jaan Tamm · 4 March 2026\n{caption}\n{LEAD}{MORE}"
    assert kind_of(page, caption) == "caption"


def test_a_lead_that_reports_words_under_a_photo_credit_stays_the_lead() -> None:
    lead = "Customs seized 4.2 million cigarettes at the border, the ministry said on Tuesday."
    page = f"{HEADLINE}\nText: Ana Lind | Photo: Agency\n{lead}\nThe haul was the largest yet{MORE}"
    assert kind_of(page, lead) == "body"


@pytest.mark.parametrize(
    ("name", "tagline", "issue"),
    [
        ("THE MORNING MANIFEST", "Ports, freight and trade, before the bell", "Issue 412"),
        ("BORDER BRIEF", "Customs and smuggling news for the Baltics", "No. 77"),
        ("THE DAILY HOLD", "Shipping markets in five minutes", "Vol. 9"),
        ("CARGO NOTES", "What moved at sea this week", "Issue 1,021"),
    ],
)
def test_a_newsletters_tagline_and_greeting_give_way_to_its_first_storys_headline(
    name: str, tagline: str, issue: str
) -> None:
    greeting = (
        "Good morning. Customs make a record seizure in the north, the port of Riga buys new"
        " scanners, and freight rates slip again. Details below."
    )
    page = (
        f"View this email in your browser | Forward to a colleague\n\n{name}\n{tagline}\n\n"
        f"Wednesday, 4 March 2026 · {issue} · 5 min read\n\n{greeting}\n\n{HEADLINE}\n\n"
        f"{LEAD}{MORE}"
    )
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, greeting) == "body"


def test_a_newsletters_greeting_over_its_contents_list_leaves_the_name_as_title() -> None:
    page = (
        "The Freight Letter\nIssue 88 | Friday, 6 March 2026 | 4 min read\n\n"
        "Good morning. This week: a record seizure, new scanners in Riga and softer rates.\n\n"
        "IN THIS ISSUE\n1. Record seizure at the border\n2. Riga buys scanners\n\n"
        f"{LEAD}{MORE}"
    )
    assert segment_text(page).title == "The Freight Letter"


@pytest.mark.parametrize(
    ("headline", "dek"),
    [
        (
            "The Salt Road",
            "How a smuggling ring moved cigarettes through fish lorries for a decade, and why"
            " nobody checked",
        ),
        (
            "Dark Harbour",
            "Inside the port where the scanners broke and the contraband kept coming, one lorry"
            " at a time",
        ),
        (
            "A Border of Paper",
            "Forged permits, bribed guards and the long fight to close a crossing that never"
            " really closed",
        ),
        (
            "Smoke and Mirrors",
            "What the record haul at the northern post tells us about a trade worth billions a"
            " year",
        ),
    ],
)
def test_a_magazines_short_headline_over_its_dek_is_the_title(headline: str, dek: str) -> None:
    page = (
        "NORTHLIGHT\nFeatures | Investigations | The Long Read | Subscribe\n\nTHE LONG READ\n\n"
        f"{headline}\n\n{dek}\n\nBy Ana Lind\n18 min read\n\n{LEAD}{MORE}"
    )
    assert segment_text(page).title == headline


def test_a_section_label_from_the_menu_gives_way_to_the_headline_under_it() -> None:
    headline = "Customs seize record haul of cigarettes hidden in frozen fish lorries at the border"
    page = (
        "BALTIC HERALD\nHOME | NATIONAL | BORDER AFFAIRS | BUSINESS\nBorder Affairs\n\n"
        f"{headline}\nBy Ana Lind\n\n{LEAD}{MORE}"
    )
    assert segment_text(page).title == headline


@pytest.mark.parametrize(
    "length",
    ["NPA-en 530 words", "640 words", "BNA/EN 412 words | Priority 3", "AGR-en-01 388 words"],
)
def test_a_wires_length_line_over_the_headline_is_no_title(length: str) -> None:
    page = f"Baltic News Agency - English Service\n{length}\n{HEADLINE}\n\n{LEAD}{MORE}"
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, length) != "body"


@pytest.mark.parametrize(
    "pulled",
    [
        "PULL QUOTE: “The river is our road, and the road is closing.”",
        "Pull quote - 'Nobody checks the fish lorries at night.'",
        "Pullquote: We used to call it a bad year; now it is every year.",
        "PULL QUOTE | “Every boat in the harbour is for sale if you ask.”",
    ],
)
def test_a_pull_quote_under_its_label_is_not_the_storys_text(pulled: str) -> None:
    page = f"{HEADLINE}\nBy Ana Lind\n4 March 2026\n\n{LEAD}\n\n{pulled}\n\n{MORE}"
    assert kind_of(page, pulled) == "boilerplate"
