"""A bare figure set beside a counted noun, or joined to one that is, splits that count by
place or part: it counts the same noun, not the clause's subject or a label-like opening."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchors", "item"),
    [
        (
            "The maker said the closures would affect 410 staff: 240 in Turin and 170 in Leon.",
            ("240", "170"),
            "staff",
        ),
        (
            "The carrier said the cuts would hit 900 pilots: 500 at its Madrid base and 400 in Bilbao.",
            ("500", "400"),
            "pilots",
        ),
        (
            "Police arrested 18 suspects: 11 in Lyon and seven in Marseille.",
            ("11", "seven"),
            "suspects",
        ),
        (
            "Inspectors had found 64 violations, 40 at the northern plant and 24 at the southern one.",
            ("40", "24"),
            "violations",
        ),
    ],
)
def test_a_figure_beside_a_count_splits_it(
    claims_of: Rows, text: str, anchors: tuple[str, str], item: str
) -> None:
    for anchor in anchors:
        assert found(claims_of, text, f" {anchor} ")["quantity_item"] == item
