"""Fiscal and financial years: the months of the fiscal year of the country the text names
nearest the expression (claims/data/dates.json 'fiscal_years'); no country named, the calendar
reading."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import fiscal_home, iter_dates
from tests.extract.dates.helpers import WED_24_SEP_2025, spans, surface_spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # Thailand: October to September, named by the year it ends in
            "Thai officials froze 2.1 billion baht in fiscal 2026, the office said.",
            "2025-10-01",
            "2026-09-30",
        ),
        (  # Japan by its currency sign: April to March, named by the year it starts in
            "The ministry set aside ¥9.8 billion in fiscal 2025 for the releases.",
            "2025-04-01",
            "2026-03-31",
        ),
        (  # Australia and New Zealand: July to June
            "Australian ports handled 9% more cars in the 2023-24 financial year, the bureau said.",
            "2023-07-01",
            "2024-06-30",
        ),
        (
            "Canberra expects the deficit to narrow to A$27 billion over the 2025/26 fiscal year.",
            "2025-07-01",
            "2026-06-30",
        ),
        (  # the United Kingdom and India: April to March
            "British councils overspent by £1.1bn during financial year 2022-23, auditors found.",
            "2022-04-01",
            "2023-03-31",
        ),
        (
            "India's fertiliser subsidy bill in FY2024-25 was revised up to 1.9 trillion rupees.",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "New Zealand's Treasury had forecast a smaller gap for the 2024–25 fiscal year.",
            "2024-07-01",
            "2025-06-30",
        ),
        (  # South Africa: April to March
            "South African municipalities owed the utility R94bn at the end of the 2024/25"
            " financial year.",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Pretoria will borrow less in the 2026-27 fiscal year, the Treasury said.",
            "2026-04-01",
            "2027-03-31",
        ),
        (
            "Diesel for peaking plants cost the South African grid R6bn in financial year 2023/24.",
            "2023-04-01",
            "2024-03-31",
        ),
        (
            "The ZAR 12 billion grant was spent during the 2022-23 financial year.",
            "2022-04-01",
            "2023-03-31",
        ),
    ],
)
def test_a_split_fiscal_year_runs_from_its_countrys_first_fiscal_month(
    text: str, start: str, end: str
) -> None:
    [(_, got_start, got_end)] = spans(text, WED_24_SEP_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # Namibia by its currency sign: April to March
            "The pension fund wrote off N$1.2 billion in the 2024/25 financial year.",
            "2024-04-01",
            "2025-03-31",
        ),
        (  # Botswana: April to March
            "Botswana's diamond receipts fell by a third in the 2023-24 fiscal year.",
            "2023-04-01",
            "2024-03-31",
        ),
        (  # Uganda and Tanzania: July to June
            "Kampala will borrow less in the 2025/26 financial year, the finance ministry said.",
            "2025-07-01",
            "2026-06-30",
        ),
        (
            "Tanzanian customs collections rose 12% in the 2024-25 fiscal year.",
            "2024-07-01",
            "2025-06-30",
        ),
    ],
)
def test_more_countries_split_fiscal_years_run_from_their_first_fiscal_month(
    text: str, start: str, end: str
) -> None:
    [(_, got_start, got_end)] = spans(text, WED_24_SEP_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # Washington names a fiscal year by the calendar year it ends in
            "U.S. agents stopped 1.2 million crossings in fiscal 2024, well below the peak.",
            "2023-10-01",
            "2024-09-30",
        ),
        (
            "The Pentagon asked Congress for more money, and American shipyards will deliver"
            " two frigates in the 2026 fiscal year.",
            "2025-10-01",
            "2026-09-30",
        ),
        (  # Tokyo by the year it starts in
            "Japan plans to spend 8.7 trillion yen on defence in fiscal 2025.",
            "2025-04-01",
            "2026-03-31",
        ),
        (
            "Ottawa recorded a C$61.9 billion shortfall in fiscal year 2024, the ministry said.",
            "2023-04-01",
            "2024-03-31",
        ),
        (  # the country named nearest before counts, not the first one on the page
            "Mexico and Canada trailed, while Australian miners lifted output in FY2025.",
            "2024-07-01",
            "2025-06-30",
        ),
    ],
)
def test_one_fiscal_year_follows_its_countrys_naming(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = spans(text, WED_24_SEP_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The carrier lost money in fiscal 2023, its chief executive said.",
            "2023-01-01",
            "2023-12-31",
        ),
        ("Revenue in the 2024 financial year rose by a tenth.", "2024-01-01", "2024-12-31"),
        ("Orders slipped in the 2022-23 fiscal year.", "2022-01-01", "2023-12-31"),
        ("The group booked a loss for FY'24.", "2024-01-01", "2024-12-31"),
    ],
)
def test_with_no_country_named_a_fiscal_year_keeps_the_calendar_reading(
    text: str, start: str, end: str
) -> None:
    [(_, got_start, got_end)] = spans(text, WED_24_SEP_2025)
    assert (got_start, got_end) == (start, end)


def test_a_country_named_in_the_lines_before_counts() -> None:
    from claims.extract.dates.finder import iter_dates

    context = "Australia's tax office published its annual report on Tuesday.\n\n"
    text = "Refunds rose 4% in the 2024-25 financial year."
    [(_, res)] = list(iter_dates(text, WED_24_SEP_2025, context))
    assert (str(res.start), str(res.end)) == ("2024-07-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Turnover rose 8% in the fiscal year that ended on 6 July 2025.",
            "the fiscal year that ended on 6 July 2025",
            "2024-07-07",
            "2025-07-06",
        ),
        (
            "The lender wrote off more loans in the financial year ended 31 March 2025.",
            "the financial year ended 31 March 2025",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Losses narrowed in the quarter which ended on 30 June 2025.",
            "the quarter which ended on 30 June 2025",
            "2025-04-01",
            "2025-06-30",
        ),
        (
            "Exports will be counted over the financial year to 31 March 2026.",
            "the financial year to 31 March 2026",
            "2025-04-01",
            "2026-03-31",
        ),
    ],
)
def test_a_fiscal_year_named_by_the_day_it_ends_runs_back_a_year(
    text: str, surface: str, start: str, end: str
) -> None:
    assert surface_spans(text, WED_24_SEP_2025) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (  # no fiscal word: a dashed split year still takes the named country's months
            "The state will spend Rs 900 crore on flood walls from 2026-27 to 2028-29.",
            "2026-04-01",
            "2029-03-31",
        ),
        (
            "Australian wool exports slipped in 2024-25, the bureau said.",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "Britain's rail subsidy will be cut in 2025–26, the Treasury said.",
            "2025-04-01",
            "2026-03-31",
        ),
        ("Canadian lumber mills shed 3,000 jobs during 2023-24.", "2023-04-01", "2024-03-31"),
    ],
)
def test_a_dashed_split_year_takes_the_fiscal_year_of_the_country_named(
    text: str, start: str, end: str
) -> None:
    [(_, got_start, got_end)] = surface_spans(text, WED_24_SEP_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Phase two of the tunnel should open in 2032-33.", "2032-01-01", "2033-12-31"),
        ("Indian output grew steadily in 2019-2021.", "2019-01-01", "2021-12-31"),
        ("Indian output grew steadily in 2021-23.", "2021-01-01", "2023-12-31"),
    ],
)
def test_no_country_or_no_split_year_keeps_the_whole_years(start: str, end: str, text: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, WED_24_SEP_2025)
    assert (got_start, got_end) == (start, end)


HOME_PAGES = [
    (  # the menu and dateline name the country; the sentence only its rupee
        "Home | Pakistan | World | Sport\nLahore, 3 March 2025\n\nThe province has set aside"
        " Rs 9bn for flood defences, officials in the provincial capital told reporters at"
        " length on Monday, and more may follow.\n\nIts budget for the dams rose in fiscal"
        " 2024-25, the finance department said.",
        "2024-07-01",
        "2025-06-30",
    ),
    (  # a currency code in the masthead; the dollar named in another paragraph
        "CAIRO MORNING POST | EGP/USD 49.10\nHome | Egypt | Economy\n\nThe canal authority"
        " earned US$4 billion last year from transit fees, a sharp fall blamed on attacks at"
        " sea that diverted much of the traffic.\n\nFuel subsidies will be cut again in"
        " fiscal 2026/27, the cabinet said.",
        "2026-07-01",
        "2027-06-30",
    ),
    (  # a year that opens mid-month, named in the common era
        "KATHMANDU - Nepal's airlines carried more foreign tourists than ever before in the"
        " spring, the civil aviation authority said in its annual review on Sunday.\n\nRevenue"
        " from landing fees doubled in fiscal 2023/24, the authority said.",
        "2023-07-16",
        "2024-07-16",
    ),
    (  # and in the country's own era, many years ahead of the common one
        "Kathmandu Ledger | Business\n\nNepali hydropower plants sold more electricity to"
        " their southern neighbours this year than in any year before, the grid operator said"
        " on Thursday.\n\nIn the 2080/81 fiscal year, sales abroad rose by a third.",
        "2023-07-16",
        "2024-07-16",
    ),
]


@pytest.mark.parametrize(("page", "start", "end"), HOME_PAGES)
def test_a_fiscal_year_takes_the_pages_home_country_when_its_paragraph_names_none(
    page: str, start: str, end: str
) -> None:
    *before, paragraph = page.split("\n\n")
    home = fiscal_home(page)
    found = [
        (str(r.start), str(r.end))
        for _, r in iter_dates(paragraph, WED_24_SEP_2025, "\n\n".join(before), home=home)
    ]
    assert found == [(start, end)]


def test_a_country_named_in_the_paragraph_goes_before_the_pages_home() -> None:
    page = "Home | Pakistan | Business\n\nJapanese carmakers expect sales to slow in fiscal 2026."
    *before, paragraph = page.split("\n\n")
    [(_, res)] = iter_dates(paragraph, WED_24_SEP_2025, before[0], home=fiscal_home(page))
    assert (str(res.start), str(res.end)) == ("2026-04-01", "2027-03-31")


def test_no_page_home_without_a_country_leading_its_opening() -> None:
    assert fiscal_home("Home | Pakistan | India | World\n\nA long first paragraph " * 3) is None


def test_a_foreign_currency_after_the_years_goes_after_the_pages_home() -> None:
    page = (
        "Government of Kerala | Press Release\nThiruvananthapuram, 2 May 2026\n\nThe state will"
        " spend Rs 900 crore on new harbours for India's fishing fleet over five years, the"
        " fisheries minister said at a news conference on Saturday.\n\nThe plan runs from"
        " 2026-27 to 2030-31 with a US$ 200 million loan."
    )
    *before, paragraph = page.split("\n\n")
    home = fiscal_home(page)
    [(_, res)] = iter_dates(paragraph, WED_24_SEP_2025, "\n\n".join(before), home=home)
    assert (str(res.start), str(res.end)) == ("2026-04-01", "2031-03-31")
