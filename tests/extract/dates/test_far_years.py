"""Years past 2099: a date after a date preposition where no count reading is left, or before a
noun a year sets ('the 2150 target'); a count otherwise."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Coastal waters could climb another half metre by 2100, a panel warned.", "2100"),
        ("Until 2120 the lease on the harbour cannot be broken by either side.", "2120"),
        ("Engineers doubt that the dykes will still hold in 2150.", "2150"),
        ("Ministers quietly dropped the 2110 goal for a carbon-free grid.", "2110"),
    ],
)
def test_a_far_year_in_a_year_place_is_a_date(claims_of: Rows, text: str, year: str) -> None:
    dates = claims_of(text, "date")
    assert any(r["date_start"] == f"{year}-01-01" for r in dates)
    assert all(r["anchor"] != year for r in claims_of(text, "quantity"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Staff numbers rose by 2100 to 9,000 over the year.", 2100),
        ("The carmaker will cut 2150 jobs in Ohio.", 2150),
        ("Turnout fell by 2130 from the previous vote.", 2130),
    ],
)
def test_a_far_year_shaped_count_stays_a_count(claims_of: Rows, text: str, value: int) -> None:
    assert any(r["quantity_value"] == value for r in claims_of(text, "quantity"))
