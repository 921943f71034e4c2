"""A bare figure per a currency, with a currency as the clause's subject, is that currency's
exchange rate; a dotted clock time before a day word and a year owned by a noun phrase are no
quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit", "per"),
    [
        ("The rupee weakened to 86.1 per dollar on Monday.", "86.1", 86.1, "INR", "USD"),
        ("The lira fell to 41.2 per dollar after the vote.", "41.2", 41.2, "TRY", "USD"),
        ("The yen had traded at 155.3 per US dollar late on Friday.", "155.3", 155.3, "JPY", "USD"),
        ("The peso slid to 19.8 against the dollar.", "19.8", 19.8, "MXN", "USD"),
        ("The forint firmed to 395 per euro this week.", "395", 395.0, "HUF", "EUR"),
    ],
)
def test_a_currencys_rate_against_another(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str, per: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_value"], row["quantity_unit"], row["quantity_per"])
    assert got == (value, unit, per)


def test_a_figure_per_a_period_is_no_exchange_rate(claims_of: Rows) -> None:
    row = found(claims_of, "Exports rose to 4,000 per month.", "4,000")
    assert (row["quantity_unit"], row["quantity_per"]) == (None, "month")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left the harbour at 10.45 tonight, officials said.",
        "Firefighters reached the warehouse at 6.15 yesterday evening.",
        "Tailbacks began at 7.50 this morning on the ring road.",
        "The minister will speak at 11.30 tomorrow.",
    ],
)
def test_a_dotted_clock_time_before_a_day_word_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    "text",
    [
        "The auditor refused to sign the lender's 2025 accounts.",
        "The group restated its 2023 results in May.",
        "Voters cast ballots in the 2022 elections.",
        "Their 2024 forecasts proved too cautious.",
    ],
)
def test_an_owned_year_dates_its_noun(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The army deployed 2000 soldiers to the border.", "2000 soldiers", 2000.0),
        ("Shares closed at 8.30 on Tuesday.", "8.30", 8.3),
    ],
)
def test_counts_and_prices_like_them_stay(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Most drivers pay $9 once a day to enter the zone.", 9),
        ("Members pay EUR 40 twice a month for the gym.", 40),
        ("The council charges £15 once a week for bulky waste.", 15),
        ("Visitors spend about $200 once a year at the fair.", 200),
    ],
)
def test_how_often_a_sum_is_paid_is_no_count_of_its_own(
    claims_of: Rows, text: str, value: float
) -> None:
    assert one(claims_of, text)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The yen traded at about 151 to the dollar on Thursday.", 151, "JPY"),
        ("The peso stood at roughly 19.8 against the dollar.", 19.8, "MXN"),
        ("The rupee weakened to around 86 per dollar in March.", 86, "INR"),
        ("The lira was at about 41 to the dollar last week.", 41, "TRY"),
    ],
)
def test_an_approximate_exchange_rate_is_the_subject_currencys_rate(
    claims_of: Rows, text: str, value: float, unit: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
