"""Page structure families of round 6: a stamp that ends with a relative revision note, a stamp
line under the lead with short labels beside its date, a press release's dated lead, a yearless
wire dateline read with the years the page reports, "Related <noun>" labels over teasers, table
rows under a table heading, and a "(c) YEAR" footer."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import dateline_published, written_years
from claims.ingest.segment import is_table_row, segment_text

TODAY = dt.date(2026, 12, 1)
HEAD = "Central bank holds its key rate as price growth slows\n\n"
ABOVE = (
    "The central bank kept its main lending rate at 9.5 percent on Wednesday, saying that price"
    " growth had slowed for a fourth month and that wages were rising more gently.\n\n"
)


def kind_of(page: str, line: str) -> str:
    structure = segment_text(page, TODAY)
    at = page.index(line)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    return kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("April 2, 2025 7:40 AM EDT Updated 3 hours ago", dt.date(2025, 4, 2)),
        ("9 October 2024 14:05 BST, updated 25 minutes ago", dt.date(2024, 10, 9)),
        ("Tuesday 3 June 2025 Last updated an hour ago", dt.date(2025, 6, 3)),
        ("Nov. 18, 2024 at 6:15 p.m. EST Edited 2 days ago", dt.date(2024, 11, 18)),
    ],
)
def test_a_stamp_with_a_relative_revision_note_is_metadata(line: str, expected: dt.date) -> None:
    page = (
        "Port authority bans two tankers after oil spill\n"
        "By Lena Ortiz\n"
        f"{line}\n\n"
        "The port authority said on Monday it had barred two tankers from its berths after"
        " about 40 tonnes of fuel oil leaked into the harbour.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.byline.published == expected
    assert kind_of(page, line) == "byline"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published on 4 March 2024 | Media release | Ministry of Trade", dt.date(2024, 3, 4)),
        ("Posted 11.02.2025 · News · Defence", dt.date(2025, 2, 11)),
        ("Updated: 9 October 2024 | Statement | Treasury", dt.date(2024, 10, 9)),
        ("First published 2 May 2025 | Speech", dt.date(2025, 5, 2)),
    ],
)
def test_a_stamp_line_under_the_lead_dates_the_page(line: str, expected: dt.date) -> None:
    page = (
        "Government widens export ban on drone parts\n\n"
        "The government on Tuesday widened its ban on exports of drone engines and flight"
        " controllers to cover 14 more products, the trade ministry said in a statement.\n\n"
        f"{line}\n\n"
        "Exporters who break the ban face fines of up to 500,000 euros.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.byline.published == expected
    assert kind_of(page, line) == "byline"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Bern, 14.03.2025 - The department today widened the list by 12 firms.", (2025, 3, 14)),
        ("Vaduz, 2 June 2024 – The government adopted the new measures today.", (2024, 6, 2)),
        (
            "Wellington, March 9, 2025 - The minister announced travel bans on 8 people.",
            (2025, 3, 9),
        ),
        ("Ottawa, 2024-11-21 — Canada today imposed sanctions on four companies.", (2024, 11, 21)),
    ],
)
def test_a_press_release_dated_lead_gives_the_publication_date(
    lead: str, expected: tuple[int, int, int]
) -> None:
    page = f"Ministry widens sanctions list\n\n{lead}\n\nThe measures take effect at once.\n"
    assert segment_text(page, TODAY).byline.published == dt.date(*expected)


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
    "label", ["Related research", "Related reports", "Related analysis:", "Further reading"]
)
def test_a_related_label_over_headlines_starts_a_teaser_list(label: str) -> None:
    item = "Copper: smelter fees fall to a record low of $12/t"
    page = f"{HEAD}{ABOVE}{label}\n{item}\nGrain: export quota cut by 20%\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    "rows",
    [
        ["Poland 41 kt | y/y +3.2%", "Czechia 18 kt | y/y -1.1%"],
        ["Brent | $74.10 | +2.3%", "WTI | $70.85 | +1.9%"],
        ["Q1 2025\t1,240 jobs\t+4%", "Q2 2025\t1,310 jobs\t+6%"],
        ["Kyiv region | 14 strikes", "Odesa region | 9 strikes", "Kharkiv region | 22 strikes"],
    ],
)
def test_table_rows_under_a_table_heading_are_body(rows: list[str]) -> None:
    table = "Table 3: Output by region, March 2025 | volume and change\n" + "\n".join(rows)
    page = f"{HEAD}{ABOVE}{table}\n\nFigures for April are due next month.\n"
    assert all(is_table_row(row) for row in rows)
    assert all(kind_of(page, row) == "body" for row in rows)


@pytest.mark.parametrize(
    "line", ["Home | News | World", "Markets | Energy | Metals", "Trending: Ports | Grain"]
)
def test_menus_are_no_table_rows(line: str) -> None:
    assert not is_table_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2025 Harbour Research Ltd. All figures provisional.",
        "(c) 2024 Baltic Freight Review",
        "(C) 2025 Nordic Energy Desk. Not investment advice.",
        "(c) Ministry of Trade 2025",
    ],
)
def test_a_copyright_line_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    ("site", "headline"),
    [
        ("HARBOUR DATA — Port Intelligence", "Container Monitor: Baltic Volumes Up 6% in March"),
        ("Grain Desk – Market Notes", "Wheat exports slow as Black Sea freight rates climb"),
        ("METALS WATCH | Research", "Copper premiums hit a two-year high on smelter outages"),
        ("Energy Brief — Daily", "Gas storage refill lags last year's pace by 9 points"),
    ],
)
def test_a_site_name_with_a_tagline_gives_way_to_the_headline(site: str, headline: str) -> None:
    page = f"{site}\n{headline}\nBy Ana Lind\n\n{ABOVE}"
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert kind_of(page, site) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 4 min",
        "Read time 7 minutes",
        "Estimated reading time: 3 mins",
        "Menu: Markets | Energy | Data | Subscribe",
    ],
)
def test_reading_times_and_menus_are_boilerplate(line: str) -> None:
    page = f"Wheat exports slow as Black Sea freight rates climb\n{line}\n\n{ABOVE}"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Analyst: Jonas Berg, Oslo",
        "Lead analyst: Mira Koh",
        "Author: Tomas Ruiz",
        "Correspondent: Aiko Sato, Tokyo",
    ],
)
def test_an_analyst_or_author_line_under_the_headline_is_metadata(line: str) -> None:
    page = f"Wheat exports slow as Black Sea freight rates climb\n{line}\n\n{ABOVE}"
    assert kind_of(page, line) == "byline"


@pytest.mark.parametrize(
    ("stamp", "prose", "expected"),
    [
        ("Report date: 06/03/2025", "Prices peaked on 18 February.", dt.date(2025, 3, 6)),
        ("Report date: 06/03/2025", "Prices peaked on February 18.", dt.date(2025, 6, 3)),
        (
            "Published: 04/11/2024",
            "Talks ended on 30 October and resume on 9 November.",
            dt.date(2024, 11, 4),
        ),
        ("Published: 04/11/2024", "Talks ended Oct. 30 and resume Nov. 9.", dt.date(2024, 4, 11)),
    ],
)
def test_a_numeric_stamp_is_read_in_the_order_the_page_writes_dates(
    stamp: str, prose: str, expected: dt.date
) -> None:
    page = f"Wheat exports slow as Black Sea freight rates climb\n{stamp}\n\n{prose}\n"
    assert segment_text(page, TODAY).byline.published == expected


@pytest.mark.parametrize(
    "label", ["More live pages", "More stories", "More headlines:", "More reports from the region"]
)
def test_a_more_label_over_a_bulleted_list_starts_a_teaser_list(label: str) -> None:
    item = "- Odesa: 12 drones downed overnight"
    page = f"{HEAD}{ABOVE}{label}\n{item}\n- Rail link to Lviv reopens after 3-day halt\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "For the full list of the vessels designated today, click here.",
        "To read the regulation in full, click here",
        "Click here to download the annex with all 41 names.",
        "For identifiers of the persons listed today, tap here.",
    ],
)
def test_a_click_here_line_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our weekly briefing",
        "Sign up to the morning digest",
        "News  Land  Air  Naval  Events",
        "World  Business  Markets  Opinion",
    ],
)
def test_sign_up_lines_and_menus_split_by_gaps_are_not_the_headline(line: str) -> None:
    headline = "Why freight rates keep climbing on the Asia-Europe route"
    page = f"{line}\nEXPLAINER\n{headline}\nBy Ana Lind | 3 March 2025\n\n{ABOVE}"
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert kind_of(page, line) == "boilerplate"
