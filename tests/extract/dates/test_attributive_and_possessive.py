"""Years and months used as modifiers: attributive years ('the 2010 floods'), possessives
('Moscow's March offensive'), market and contract months, the period a change is measured on;
and counts that look like years."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import find_dates
from tests.extract.dates.helpers import (
    THU_06_FEB_2025,
    THU_13_MAR_2025,
    TUE_02_SEP_2025,
    TUE_10_JUN_2025,
    WED_12_MAR_2025,
    WED_16_AUG_2023,
    one,
    spans,
    surface_spans,
)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The firm was first linked to smuggling after a 2010 raid.", "2010"),
        ("The agreement dates from a 1975 treaty.", "1975"),
        ("Critics recall the 2014 attack on the studio.", "2014"),
        ("Traffic is at half of 2023 levels.", "2023"),
        ("The court upheld the 2023 renewal of the listing.", "2023"),
        ("Deliveries planned for 2026 were delayed.", "2026"),
    ],
)
def test_attributive_years(text: str, year: str) -> None:
    assert one(text, THU_13_MAR_2025) == (year, f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(
    "text",
    ["The 2000 troops crossed the river.", "Some 1500 km of track was damaged."],
)
def test_a_count_before_a_unit_is_no_attributive_year(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Last month's reading of 8.6% was high.", "Last month", "2025-02-01", "2025-02-28"),
        ("Damage from last week's strike is severe.", "last week", "2025-03-03", "2025-03-09"),
        ("This year's budget adds 40 billion.", "This year", "2025-01-01", "2025-12-31"),
        ("The ship was listed in last month's package.", "last month", "2025-02-01", "2025-02-28"),
        ("In its July forecast the bank saw 4% growth.", "July", "2024-07-01", "2024-07-31"),
        ("Prices are 10% below their July peak.", "July", "2024-07-01", "2024-07-31"),
    ],
)
def test_possessive_and_attributive_periods(text: str, span: str, start: str, end: str) -> None:
    assert one(text, THU_13_MAR_2025) == (span, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("We forecast 45 mn t, with September volumes of 4.5 mn t.", "2025-09-01", "2025-09-30"),
        ("Traders quoted cargoes with August loading dates.", "2025-08-01", "2025-08-31"),
        ("The ministry published its July figures.", "2025-07-01", "2025-07-31"),
        ("Refiners bought crude with June delivery at a discount.", "2025-06-01", "2025-06-30"),
    ],
)
def test_an_attributive_month_after_with_or_a_determiner(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, TUE_02_SEP_2025)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("January's total of 2,874 drones was a record.", "2025-01"),
        ("The agency revised the December's figures up.", "2024-12"),
        ("Output fell. November's drop was the sharpest in a year.", "2024-11"),
        ("Exports rose, and October's tally hit a record.", "2024-10"),
    ],
)
def test_a_month_possessive_dates_its_noun(text: str, month: str) -> None:
    assert surface_spans(text, THU_06_FEB_2025)[0][1][:7] == month


def test_a_possessive_after_a_name_is_no_month() -> None:
    assert surface_spans("Theresa May's cabinet met in London.", THU_06_FEB_2025) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Revenue rose 8% in fiscal 2024.", "2024-01-01", "2024-12-31"),
        ("The carrier lost money in FY2023.", "2023-01-01", "2023-12-31"),
        ("Profit doubled in FY24, the company said.", "2024-01-01", "2024-12-31"),
        ("2023's record harvest will not be matched.", "2023-01-01", "2023-12-31"),
        ("Output fell in Q3, the ministry said.", "2024-07-01", "2024-09-30"),
        ("Sales rose in Q1.", "2025-01-01", "2025-03-31"),
        ("Shipments will recover in H2, analysts expect.", "2025-07-01", "2025-12-31"),
    ],
)
def test_fiscal_years_short_parts_and_year_possessives(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, dt.date(2025, 3, 13))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ('The new terminal would open in "Q3", the port said.', "2025-07-01", "2025-09-30"),
        (
            "The board said the plant will restart in ‘H2’ after repairs.",
            "2025-07-01",
            "2025-12-31",
        ),
        ("Output fell sharply in 'Q4', the miner said.", "2024-10-01", "2024-12-31"),
        ("Sales picked up in “Q1” as prices eased.", "2025-01-01", "2025-03-31"),
    ],
)
def test_a_short_quarter_or_half_set_in_quotes(text: str, start: str, end: str) -> None:
    [(_, s, e)] = surface_spans(text, dt.date(2025, 3, 13))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Damage along the river was worse than in the devastating 2010 floods.", "2010"),
        ("It was the longest outage since the infamous 2003 blackout.", "2003"),
        ("The talks revived parts of the failed 2015 accord on the border.", "2015"),
        ("Farmers expect a harvest close to their bumper 2020 crop.", "2020"),
    ],
)
def test_a_year_naming_an_event_after_an_adjective(text: str, year: str) -> None:
    assert spans(text, WED_12_MAR_2025) == [(year, f"{year}-01-01", f"{year}-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials counted the estimated 2000 refugees at the crossing.",
        "The remaining 1900 soldiers left the base.",
    ],
)
def test_a_count_after_a_quantifying_adjective_is_no_year(text: str) -> None:
    assert spans(text, WED_12_MAR_2025) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada matched the EU's October measures against the shipping firms.", "2024-10"),
        ("The village was retaken during Moscow's February offensive.", "2025-02"),
        ("Analysts cut the bank's January forecast for growth.", "2025-01"),
        ("Kyiv's August incursion surprised many officials.", "2024-08"),
    ],
)
def test_a_month_after_a_possessive_dates_the_noun(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED_12_MAR_2025)
    assert start.startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wheat, March delivery: $231/t", "2025-03"),
        ("Urals averaged $58 a barrel, against a December average of $63.", "2024-12"),
        ("Dated Brent: $74.10; February average $76.40", "2025-02"),
        ("Gas futures, January settlement: EUR 41/MWh", "2025-01"),
    ],
)
def test_a_month_naming_a_market_period_is_dated(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED_12_MAR_2025)
    assert start.startswith(expected)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Incursions rose by about 80% on 2022.", "2022"),
        ("Imports were up 12 percent on 2022, customs data showed.", "2022"),
        ("Sales fell 3 per cent over 2021 as demand cooled.", "2021"),
        ("Arrivals were down 9% on 2019, before the pandemic.", "2019"),
    ],
)
def test_the_year_a_change_is_measured_on_is_no_claim(text: str, year: str) -> None:
    """A base with no figure of its own (test_change_bases_without_a_figure)."""
    assert (f"{year}-01-01", f"{year}-12-31") not in [
        (s, e) for _, s, e in spans(text, WED_16_AUG_2023)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "month"),
    [
        ("Retail sales fell 1.8% on April, the statistics office said.", "April", "2025-04"),
        ("Bookings were 12% above March.", "March", "2025-03"),
        ("Spot rates ended the week 5 percent below February.", "February", "2025-02"),
        ("Power demand was up 3% on May as the heat set in.", "May", "2025-05"),
    ],
)
def test_the_month_a_change_is_measured_on(text: str, surface: str, month: str) -> None:
    [(got, start, _)] = spans(text, TUE_10_JUN_2025)
    assert (got, start[:7]) == (surface, month)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [  # a relative year's season or month: that year's, not the whole year
        (
            "Turnout rose from 31% in last year's spring referendum.",
            "in last year's spring",
            "2024-03-01",
            "2024-05-31",
        ),
        (
            "Shoppers spent less than during last year's summer sales.",
            "during last year's summer",
            "2024-06-01",
            "2024-08-31",
        ),
        (
            "Prices are above last year's December peak.",
            "last year's December",
            "2024-12-01",
            "2024-12-31",
        ),
        (
            "The board expects next year's autumn intake to be larger.",
            "next year's autumn",
            "2026-09-01",
            "2026-11-30",
        ),
        (
            "Last year's results were weak.",
            "Last year",
            "2024-01-01",
            "2024-12-31",
        ),  # no period after it
    ],
)
def test_a_relative_years_season_or_month(text: str, surface: str, start: str, end: str) -> None:
    assert surface_spans(text, dt.date(2025, 11, 6)) == [(surface, start, end)]
