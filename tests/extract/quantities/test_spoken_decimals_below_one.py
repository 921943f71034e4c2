"""A decimal spoken in words that starts at zero ('zero point six per cent'), as a transcript
writes a speech: the decimal word opens the digits after a zero too."""

from __future__ import annotations

import pytest

from claims.extract.numbers import parse_tokens
from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Inflation fell to zero point four per cent in May.", "zero point four", 0.4),
        ("The party won zero point nine per cent of the vote.", "zero point nine", 0.9),
        ("Growth is put at zero point six per cent this year.", "zero point six", 0.6),
        ("Unemployment rose by zero point three per cent last quarter.", "zero point three", 0.3),
    ],
)
def test_spoken_decimals_from_zero(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "%")


def test_zero_point_words_parse() -> None:
    assert parse_tokens(["zero", "point", "two", "five"]) == pytest.approx(0.25)
