"""A rate unit that ends its sentence keeps the stop the tokenizer left on it ('138.5 Mt.'): it
scales the figure as it does mid-sentence."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Port stocks slipped to 141.2 Mt.", "141.2 Mt", 141_200_000, "tonnes"),
        ("Annual output is seen at about 870-890 Mt.", "870-890 Mt", 880_000_000, "tonnes"),
        ("Exports rose to 48 kt. Imports were flat.", "48 kt", 48_000, "tonnes"),
        ("Russia shipped 12 bcm. Norway shipped more.", "12 bcm", 12_000_000_000, "m3"),
        ("Stocks rose to 141.2 Mt on Friday.", "141.2 Mt", 141_200_000, "tonnes"),
    ],
)
def test_a_sentence_final_rate_unit_scales_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
