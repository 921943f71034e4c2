"""'as high as' and 'as long as' before a figure set its upper bound, as 'as much as' and 'as
many as' do ('could run as high as 12%' -> at most 12, lte); 'as low as' stays plain."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Losses at the smelter could run as high as 12% of output.", "12%", 12),
        ("Spot rents in the harbour district climb as high as $3,100 a month.", "$3,100", 3100),
        ("Ferry delays lasted as long as six hours during the strike.", "six hours", 6),
        ("Inspections can take as long as 45 days, traders say.", "45 days", 45),
    ],
)
def test_as_high_or_long_as_is_at_most(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, "lte")


def test_as_low_as_stays_plain(claims_of: Rows) -> None:
    row = found(claims_of, "Rice sold for as low as 30 cents a kilo.", "30")
    assert row["quantity_bound"] == "eq"
