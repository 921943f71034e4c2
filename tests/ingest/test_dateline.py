"""A wire story dated only by its lead's yearless dateline ("CITY, Mon DD (Agency) - ..."), and
a report's issue line signed "Compiled by ...": both give the publication date at ingest."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import dateline_published, looked_ahead_horizon, written_years
from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "KYIV, March 6 (Steppe Wire) - Russian drones struck a power plant overnight, the"
            " energy ministry said on Wednesday.",
            dt.date(2024, 3, 6),
        ),
        (
            "TOKYO/SEOUL, Nov 14 (Pacific Newswire) — Japan and South Korea on Friday agreed to"
            " share radar data on missile launches.",
            dt.date(2025, 11, 14),
        ),
        (  # 'since Monday' names another day: the day of the story is the Tuesday
            "GENEVA, July 2 (Alpine Press) - Talks on a prisoner swap, stalled since Monday,"
            " resumed on Tuesday, diplomats said.",
            dt.date(2024, 7, 2),
        ),
        (
            "ANKARA, Jan. 30 (Bosporus News) - Turkey's central bank held rates steady on"
            " Thursday and said it would review them next month.",
            dt.date(2025, 1, 30),
        ),
    ],
)
def test_a_yearless_dateline_takes_the_year_its_weekday_allows(
    lead: str, expected: dt.date
) -> None:
    assert dateline_published(lead, TODAY) == expected


@pytest.mark.parametrize(
    "lead",
    [
        "PARIS, May 3 (Seine Wire) - France will send two more frigates to the Red Sea.",
        "LAGOS, Oct 9 (Wire) - Fuel prices have risen since Friday, traders said.",
        "The ministry said on Monday that exports rose.",  # no dateline at all
        "KYIV, Feb 30 (Wire) - Officials said on Monday the plant was shut.",  # no such day
    ],
)
def test_no_weekday_of_its_own_no_dateline_no_year(lead: str) -> None:
    assert dateline_published(lead, TODAY) is None


def test_segmenter_dates_a_wire_story_from_its_dateline() -> None:
    page = (
        "PORT STRIKE ENTERS SECOND WEEK AS TALKS STALL\n\n"
        "ROTTERDAM, March 6 (Delta Wire) - Dock workers extended their strike on Wednesday,"
        " leaving some 40 container ships waiting at anchor.\n\n"
        "The union said talks with employers would resume next week.\n"
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2024, 3, 6)


def test_a_byline_date_wins_over_the_dateline() -> None:
    page = (
        "Port strike enters second week as talks stall\n"
        "By Anna de Vries | 7 March 2024\n\n"
        "ROTTERDAM, March 6 (Delta Wire) - Dock workers extended their strike on Wednesday.\n"
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issue 12 | Monday, 3 March 2025 | Compiled by the research desk", dt.date(2025, 3, 3)),
        ("Bulletin 7 | 14.05.2024 | Prepared by the statistics unit", dt.date(2024, 5, 14)),
        ("No. 88 | 2 June 2023 | Written by Lena Graf", dt.date(2023, 6, 2)),
        ("Edition 41 | Friday 9 August 2024 | Produced by the markets team", dt.date(2024, 8, 9)),
    ],
)
def test_an_issue_line_signed_by_its_authors_is_metadata(line: str, expected: dt.date) -> None:
    page = (
        "Harbour Freight Monthly - Baltic Container Report\n"
        f"{line}\n\n"
        "Container volumes through the three largest ports rose 4% in the month, the"
        " fastest pace this year.\n"
    )
    structure = segment_text(page)
    assert structure.byline.published == expected
    assert line not in "\n".join(
        page[s.start : s.end] for s in structure.segments if s.kind == "body"
    )


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "SEOUL, Oct 10 (Han Wire) - South Korea said on Thursday it would list 11 firms,"
            " and Japan said it planned to follow on Monday.",
            dt.date(2024, 10, 10),
        ),
        (
            "BERLIN, June 3 (Spree News) - Germany on Monday ordered 20 more air defence"
            " systems for delivery from Friday, the defence ministry said.",
            dt.date(2024, 6, 3),
        ),
        (
            "MANILA, Aug 8 (Reef Wire) - The coastguard said on Thursday a Chinese vessel had"
            " rammed a supply boat on Tuesday.",
            dt.date(2024, 8, 8),
        ),
        (
            "ROME, Feb 14 (Tiber Press) - Italy on Friday summoned the ambassador over a strike"
            " it said took place on Wednesday.",
            dt.date(2025, 2, 14),
        ),
    ],
)
def test_the_reporting_weekday_comes_first(lead: str, expected: dt.date) -> None:
    assert dateline_published(lead, TODAY) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("KYIV, Feb 23, 2024 (Steppe Wire) - Drones hit the port overnight.", dt.date(2024, 2, 23)),
        ("LIMA, March 3 2023 - Peru declared an emergency.", dt.date(2023, 3, 3)),
        ("DAKAR, Sept. 9, 2022 (Sahel News) — Fuel ran short.", dt.date(2022, 9, 9)),
        ("OSLO, June 31, 2024 (Wire) - A typo of a date.", None),
    ],
)
def test_a_dateline_with_its_year_needs_no_weekday(lead: str, expected: dt.date | None) -> None:
    assert dateline_published(lead, TODAY) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday 13 March 2025 10.30 GMT", dt.date(2025, 3, 13)),
        ("March 13, 2025 at 10:12 a.m. EDT", dt.date(2025, 3, 13)),
        ("Fri 14 Mar 2025 09.12 CET", dt.date(2025, 3, 14)),
        ("Monday, March 10, 2025 - 5:30 pm", dt.date(2025, 3, 10)),
    ],
)
def test_a_date_stamp_with_its_clock_time_is_metadata(line: str, expected: dt.date) -> None:
    page = (
        "Ministry adds 12 tankers to its sanctions list\n"
        f"{line}\n\n"
        "The ministry said on Monday that it had listed 12 more tankers, bringing the total to"
        " 140 vessels.\n"
    )
    structure = segment_text(page)
    assert structure.byline.published == expected
    assert structure.title == "Ministry adds 12 tankers to its sanctions list"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "KHARKIV, Ukraine, Nov 14 (Steppe Wire) - A drone strike on Thursday cut power to"
            " 200,000 homes.",
            dt.date(2024, 11, 14),
        ),
        (
            "PORTLAND, Maine, May 2 - The port reopened on Friday after a fuel spill.",
            dt.date(2025, 5, 2),
        ),
        (
            "SAN JOSE, Costa Rica, Jan 9 (Isthmus Press) - Congress on Thursday approved the loan.",
            dt.date(2025, 1, 9),
        ),
        (
            "GAZA CITY, Gaza Strip, Aug 5, 2024 - Aid trucks were halted.",
            dt.date(2024, 8, 5),
        ),
    ],
)
def test_a_dateline_may_name_the_country_after_the_place(lead: str, expected: dt.date) -> None:
    assert dateline_published(lead, TODAY) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "ODESA, Nov 15 (Steppe Wire) - Russian drones hit the port on Thursday night,"
            " the governor said on Friday.",
            dt.date(2024, 11, 15),
        ),
        (
            "MANILA, Aug 9 (Reef Wire) - A Chinese ship rammed a supply boat on Wednesday,"
            " the coastguard reported Friday.",
            dt.date(2024, 8, 9),
        ),
        (
            "BEIRUT, Oct 4 (Cedar News) - Strikes on Thursday killed 12 people, the health"
            " ministry announced on Friday.",
            dt.date(2024, 10, 4),
        ),
        (  # no reporting verb by a weekday: the first weekday of its own
            "HELSINKI, Dec 6 (Nordic Wire) - Finland on Friday closed its last border crossing.",
            dt.date(2024, 12, 6),
        ),
    ],
)
def test_the_weekday_a_report_is_made_on_wins(lead: str, expected: dt.date) -> None:
    assert dateline_published(lead, TODAY) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Date of publication: 14 March 2025", dt.date(2025, 3, 14)),
        ("Publication date 14.03.2025", dt.date(2025, 3, 14)),
        ("Date published: 2025-03-14", dt.date(2025, 3, 14)),
        ("Issue date: March 14, 2025", dt.date(2025, 3, 14)),
    ],
)
def test_a_labelled_publication_date_is_metadata(line: str, expected: dt.date) -> None:
    page = (
        "Ministry adds 12 tankers to its sanctions list\n"
        f"{line}\n\n"
        "The ministry said on Monday that it had listed 12 more tankers, bringing the total to"
        " 140 vessels.\n"
    )
    structure = segment_text(page)
    assert structure.byline.published == expected
    assert [s.kind for s in structure.segments] == ["title", "byline", "body"]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "WASHINGTON, Oct 8 (Wire) - The U.S. Treasury on Wednesday listed 12 shipping firms.",
            dt.date(2025, 10, 8),
        ),
        (
            "LONDON, May 2 (Wire) - Lt. Gen. Ross said on Friday the force would stay.",
            dt.date(2025, 5, 2),
        ),
        (
            "NEW YORK, Jan 9 (Wire) - Shares in J.P. Hale fell on Thursday after the U.N. report.",
            dt.date(2025, 1, 9),
        ),
    ],
)
def test_a_wire_lead_sentence_runs_past_abbreviations(lead: str, expected: dt.date) -> None:
    assert dateline_published(lead, dt.date(2026, 12, 1)) == expected


@pytest.mark.parametrize(
    ("lead", "rest", "expected"),
    [
        (  # 2024-03-05 was the Tuesday; 2025-03-05 the morning after a Tuesday
            "LISBON, March 5 (Tagus Wire) - Portugal on Tuesday listed six fishing firms.",
            "The firms had landed illegal catches since June 2024.",
            dt.date(2025, 3, 5),
        ),
        (
            "NAIROBI, Sept 2 (Rift News) - Kenya said on Monday it had closed two border posts.",
            "Trade through the posts fell by a third in 2024.",
            dt.date(2025, 9, 2),
        ),
        (
            "CANBERRA, Nov 27 (Coral Press) - Australia on Wednesday banned three airlines.",
            "The airlines flew 40 charter routes between 2023 and 2024. The ban runs until"
            " March 2027.",  # a year looked ahead to is no bound
            dt.date(2025, 11, 27),
        ),
        (
            "QUITO, June 17 (Andes Wire) - Ecuador said on Monday it would expel two diplomats.",
            "Relations were cut once before, in 2024.",
            dt.date(2025, 6, 17),
        ),
    ],
)
def test_a_yearless_dateline_reads_the_years_the_page_reports(
    lead: str, rest: str, expected: dt.date
) -> None:
    page = f"Headline of a wire story about a decision\n\n{lead}\n\n{rest}\n"
    assert segment_text(page, TODAY).byline.published == expected


@pytest.mark.parametrize(
    ("lead", "years", "expected"),
    [
        (  # the weekday's own year, though the page only reports an old one
            "NAIROBI, Sept 2 (Rift News) - Kenya said on Monday it had closed two border posts.",
            [2009],
            dt.date(2024, 9, 2),
        ),
        (
            "LISBON, March 5 (Tagus Wire) - Portugal on Wednesday listed six fishing firms.",
            [2024],
            dt.date(2025, 3, 5),
        ),
        (
            "OSLO, Feb 11 (Fjord Wire) - Norway on Tuesday froze the assets of two shippers.",
            [2021, 2019],
            dt.date(2025, 2, 11),
        ),
        (  # no weekday of the day itself: unknown, whatever the page reports
            "OSLO, Feb 11 (Fjord Wire) - Norway has frozen the assets of two shippers.",
            [2024],
            None,
        ),
    ],
)
def test_the_weekday_own_reading_wins_when_it_is_not_older_than_the_page(
    lead: str, years: list[int], expected: dt.date | None
) -> None:
    assert dateline_published(lead, TODAY, years) == expected


def test_years_looked_ahead_to_are_not_reported_years() -> None:
    text = (
        "The embargo, first imposed in 2019, was extended until Oct. 30, 2027. Officials said"
        " it will be reviewed in 2026, and trade fell in 2024. The goal is full repayment by 2031."
    )
    assert written_years(text) == [2019, 2024]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (  # the lead goes on to name an earlier day in words
            "Vienna, 02.04.2025 - The ministry today froze the assets of three traders and"
            " confirmed the measures the Council agreed on 14 March 2025.",
            dt.date(2025, 4, 2),
        ),
        (
            "Ottawa, 03.03.2025 — Canada today listed five officials, adding to the 12"
            " named on January 9, 2025 under the same regulations.",
            dt.date(2025, 3, 3),
        ),
        (
            "Canberra, 14 May 2025 - The Minister for Foreign Affairs has today imposed travel"
            " bans on four people, following the measures of February 20, 2025.",
            dt.date(2025, 5, 14),
        ),
        (
            "Helsinki, 09.06.2025 – The government decided today to extend the border closure"
            " that began on 2023-11-16.",
            dt.date(2025, 6, 9),
        ),
    ],
)
def test_a_press_release_is_dated_by_the_date_after_its_place(lead: str, expected: dt.date) -> None:
    page = "Ministry press release\n\n" + lead + "\n\nFurther details follow in the annex.\n"
    assert segment_text(page, TODAY).byline.published == expected


LIVE_ENTRY = (
    "10:05\nCrews reopened one lane of the bridge after divers checked its piers, the roads"
    " agency said.\n\n"
)


def _live_page(first: str, second: str, reported: str = "") -> str:
    return (
        "Bridge collapse live: one lane reopens as divers check the piers\n\n"
        "By Lena Ortiz and city desk staff\n\n"
        f"{first}\n\n{LIVE_ENTRY}{second}\n\n{LIVE_ENTRY}"
        f"The bridge was last inspected {reported or 'two years ago'}.\n\n"
        "© The Harbour Daily\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("FRIDAY, 6 MARCH", "THURSDAY, 5 MARCH", dt.date(2026, 3, 6)),  # newest first
        ("Sunday 12 October", "Saturday 11 October", dt.date(2025, 10, 12)),
        ("Monday, Nov. 2", "Tuesday, Nov. 3", dt.date(2026, 11, 3)),  # oldest first
        ("Sun 13 April", "Mon 14 April", dt.date(2025, 4, 14)),
    ],
)
def test_a_live_page_dated_only_by_its_day_headings_takes_the_latest(
    first: str, second: str, expected: dt.date
) -> None:
    page = _live_page(first, second)
    assert segment_text(page, TODAY).byline.published == expected


def test_a_day_heading_whose_weekday_no_year_since_the_reported_one_allows_dates_nothing() -> None:
    page = _live_page("Friday 9 September", "Thursday 8 September", "in 2024")
    assert segment_text(page, TODAY).byline.published is None


def test_a_byline_date_wins_over_the_day_headings() -> None:
    page = _live_page("FRIDAY, 6 MARCH", "THURSDAY, 5 MARCH").replace(
        "city desk staff", "city desk staff | 7 March 2026"
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 7)


@pytest.mark.parametrize(
    ("lead", "rest", "expected"),
    [
        (  # a plan runs 'through' a later year: no word that looks ahead leads to it
            "ACCRA, May 14 (Gold Wire) - Arrivals of shea nuts fell 10%, the board said on"
            " Thursday.",
            "The board aims to replant 80,000 ha a year through 2031, after a poor 2025.",
            dt.date(2026, 5, 14),
        ),
        (
            "LIMA, Feb 10 (Andes Wire) - Peru said on Tuesday it had closed two copper mines.",
            "Output reached 40 tonnes in 2025. The 2035 target of 90 tonnes stands.",
            dt.date(2026, 2, 10),
        ),
        (
            "DAKAR, July 8 (Coast Wire) - Senegal on Wednesday opened a second fishing port.",
            "The port cost $300 million and was built to serve the 2040 master plan.",
            dt.date(2026, 7, 8),
        ),
        (
            "QUITO, Oct 21 (Andes Wire) - Ecuador said on Wednesday it had sold a 2029 bond.",
            "The country last borrowed abroad in 2024.",
            dt.date(2026, 10, 21),
        ),
    ],
)
def test_a_year_after_today_never_bounds_a_yearless_dateline(
    lead: str, rest: str, expected: dt.date
) -> None:
    page = f"Headline of a wire story about a decision\n\n{lead}\n\n{rest}\n"
    assert segment_text(page, TODAY).byline.published == expected


def _entries(times: list[str]) -> str:
    return "".join(
        f"{t}\nPumps cleared {n + 2} more streets of water, the city engineers said.\n\n"
        for n, t in enumerate(times)
    )


@pytest.mark.parametrize(
    ("above", "heading", "below", "expected"),
    [
        (["16:40", "12:05", "06:00"], "Wednesday, 23 September", ["21:10"], dt.date(2026, 9, 24)),
        (["07:30"], "Sunday 12 October", ["23:10", "18:00"], dt.date(2025, 10, 13)),
        (["4.10pm", "11.05am"], "FRIDAY, 6 MARCH", ["9.40pm"], dt.date(2026, 3, 7)),
        (["08:00", "09:30"], "Monday, Nov. 2", ["07:15"], dt.date(2026, 11, 2)),  # oldest first
    ],
)
def test_a_live_pages_entries_above_its_first_day_heading_may_be_the_day_after(
    above: list[str], heading: str, below: list[str], expected: dt.date
) -> None:
    page = (
        "Floods live: pumps clear the old town as the river falls\n\n"
        "By Lena Ortiz and city desk staff\n\n"
        f"{_entries(above)}{heading}\n\n{_entries(below)}"
        "The river last flooded the old town two years ago.\n"
    )
    assert segment_text(page, TODAY).byline.published == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (  # 2025-09-25 was the Thursday; the lead's 'its 2025' keeps the story in that year
            "RIGA, Sept 25 (Baltic Wire) - Latvia's finance ministry cut its 2025 growth forecast"
            " on Thursday to 1.1%, citing weak timber exports.",
            dt.date(2025, 9, 25),
        ),
        (
            "PERTH, April 14 (Southern Wire) - Iron Coast Mining lowered its 2025 shipment"
            " guidance after a cyclone shut two berths, the company said on Monday.",
            dt.date(2025, 4, 14),
        ),
        (
            "LIMA, Nov 20 (Andes Wire) - Peru's fishing guild on Thursday trimmed its 2025"
            " anchovy catch estimate by a tenth.",
            dt.date(2025, 11, 20),
        ),
        (
            "OSLO, June 3 (Fjord Wire) - Norway's two largest unions presented their 2025 wage"
            " demands on Tuesday, asking for rises above inflation.",
            dt.date(2025, 6, 3),
        ),
        (  # a year the lead reports without a possessive keeps the next-morning reading
            "OSLO, June 3 (Fjord Wire) - Norway's unions said on Tuesday that wages rose 4% in"
            " 2025.",
            dt.date(2026, 6, 3),
        ),
    ],
)
def test_a_lead_that_gives_its_subject_the_year_dates_a_yearless_dateline(
    lead: str, expected: dt.date
) -> None:
    assert dateline_published(lead, TODAY, [2025]) == expected


@pytest.mark.parametrize(
    ("lead", "rest", "expected"),
    [
        (  # 2025-11-06 was the Thursday; the morning after it in 2026 is past the day looked to
            "MUMBAI, Nov 6 (Delta Wire) - India will let mills ship more rice in the 2025/26"
            " crop year, the ministry said on Thursday.",
            "Stocks are seen at 40 million tons by Sept. 30, 2026, after 35 million in 2025.",
            dt.date(2025, 11, 6),
        ),
        (
            "SANTIAGO, Oct 16 (Andes Wire) - Chile's central bank held rates on Thursday.",
            "Inflation ran at 4% in 2025, and the bank expects it to reach target in June 2026.",
            dt.date(2025, 10, 16),
        ),
        (
            "HANOI, Nov 13 (Mekong Wire) - Vietnam on Thursday approved a coal power phase-out.",
            "The first plant was closed in 2025; the next is scheduled to shut on 1 March 2026.",
            dt.date(2025, 11, 13),
        ),
        (  # a day looked ahead to after the next-morning reading leaves it standing
            "LISBON, March 5 (Tagus Wire) - Portugal on Tuesday listed six fishing firms.",
            "The firms had landed illegal catches since June 2024. The listing runs until"
            " March 31, 2026.",
            dt.date(2025, 3, 5),
        ),
    ],
)
def test_a_yearless_dateline_is_not_read_after_a_day_the_page_looks_ahead_to(
    lead: str, rest: str, expected: dt.date
) -> None:
    page = f"Headline of a wire story about a decision\n\n{lead}\n\n{rest}\n"
    assert segment_text(page, TODAY).byline.published == expected


def test_the_horizon_is_the_earliest_day_looked_ahead_to() -> None:
    text = (
        "Talks began on March 3, 2025 and will resume in June 2026. The deal expires on"
        " 30 September 2026, and the loan must be repaid by 2030."
    )
    assert looked_ahead_horizon(text) == dt.date(2026, 6, 30)
    assert looked_ahead_horizon("Output fell 3% in March 2025 after a drought.") is None
