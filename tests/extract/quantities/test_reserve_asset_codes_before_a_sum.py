"""A sum written after the IMF's reserve asset code (special drawing rights) is money in that
unit, like a sum after a currency's code; the code alone before another noun is no sum."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The facility, worth roughly SDR 310 million, runs to 2027.", "SDR 310 million", 310e6),
        ("The board approved a loan of SDR 1.5 billion on Friday.", "SDR 1.5 billion", 1.5e9),
        ("Members' quotas will rise to SDR 720 billion next year.", "SDR 720 billion", 720e9),
        ("It drew SDR 95 million from the fund in May.", "SDR 95 million", 95e6),
    ],
)
def test_sums_after_the_code_are_money(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] == "SDR"


def test_the_code_before_a_rate_names_no_sum(claims_of: Rows) -> None:
    row = one(claims_of, "The SDR interest rate rose to 3.4% last week.")
    assert row["quantity_unit"] == "%"
