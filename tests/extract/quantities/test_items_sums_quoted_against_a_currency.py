"""A sum quoted against another currency ('IQD 1,300 to the dollar', 'ETB 158 per US dollar') is
an exchange rate: its item is the rate the sum belongs to when the text names one, else
'exchange rate'; the other currency is no destination the money goes to."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Back in June the currency stood at NLe 21.2 to the dollar.", "21.2"),
        ("Importers paid about ETB 158 per US dollar on the parallel market.", "158"),
        ("By Friday the pound could be bought for EGP 61 against the dollar.", "61"),
        ("Banks will sell at KES 129 to the US dollar from Monday.", "129"),
    ],
)
def test_a_sum_against_a_currency_is_an_exchange_rate(
    claims_of: Rows, text: str, anchor: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] == "exchange rate"
    assert row["quantity_unit"] is not None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The official rate of IQD 1,310 to the dollar has not moved since March.", "1,310"),
        ("The central bank set its reference rate at MNT 3,450 to the dollar.", "3,450"),
        ("Street rate: NLe 25.9 per US$", "25.9"),
        ("Dealers quoted the street rate at SSP 4,100 to the dollar on Tuesday.", "4,100"),
    ],
)
def test_a_sum_against_a_currency_keeps_the_rate_it_belongs_to(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == "rate"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The licence fee will rise from $5,500 to $7,000 next season.", "$5,500"),
        ("The average bill fell by EUR 3.20 to EUR 89.10 in May.", "3.20"),
        ("Wholesale prices dropped from £410 to £385 a tonne.", "£410"),
    ],
)
def test_a_sum_before_another_sum_is_no_exchange_rate(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] != "exchange rate"
