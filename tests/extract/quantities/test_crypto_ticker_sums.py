"""A crypto token's ticker written before a figure, as seizure and fraud stories write it
('USDT 1.8 million'): a sum in that token, like a currency code (units.json prefix_codes)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Agents seized USDT 1.8 million held on two exchanges.",
            "USDT 1.8 million",
            1.8e6,
            "USDT",
        ),
        ("The gang moved BTC 42.5 through a mixer.", "BTC 42.5", 42.5, "BTC"),
        ("Investigators traced about USDC 900,000 to the wallets.", "USDC 900,000", 9e5, "USDC"),
        ("Customs took 300 kg of gold and USDT 650,000 in wallets.", "USDT 650,000", 6.5e5, "USDT"),
    ],
)
def test_ticker_sums(claims_of: Rows, text: str, anchor: str, value: float, unit: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
