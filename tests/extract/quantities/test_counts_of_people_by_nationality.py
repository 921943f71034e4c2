"""A plural nationality word as the thing a figure counts, right before a verb ('some 9,000
Zambians work ...'): the count is of those people; the plural is read back to its demonym, and
plurals without an s ('Basotho') are demonyms of their own."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Roughly 3,100 Basotho cross the border each morning for work.", "3,100", 3100, "basotho"),
        (
            "Some 25,000 Zimbabweans applied for the permits last year.",
            "25,000",
            25000,
            "zimbabweans",
        ),
        ("An estimated 15,000 Malawians now live in the township.", "15,000", 15000, "malawians"),
        (
            "At least 640 Eritreans were stranded at the port, the agency said.",
            "640",
            640,
            "eritreans",
        ),
    ],
)
def test_a_plural_nationality_is_what_the_figure_counts(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_item"] == item
