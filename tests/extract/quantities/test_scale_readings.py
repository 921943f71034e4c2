"""A reading on a scale: a decimal figure after 'a' with no noun of its own, in a sentence that
reads a scale before it ('aftershocks of magnitude 5 or more, the largest a 5.6'), is another
reading on that scale; a capital letter written onto a decimal figure that names its scale
('M5.1') reads it on that scale, while a road or a model ('the M4', 'M16 rifles') is no reading."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "There were 14 aftershocks of magnitude 4 or more overnight, the largest a 5.6 "
            "shortly before dawn.",
            "5.6",
            5.6,
        ),
        (
            "It was the second quake above magnitude 5 this month, after a 5.3 on the 4th.",
            "5.3",
            5.3,
        ),
        (
            "The island has had three tremors of magnitude 6 or above since 2020, including a "
            "6.4 in 2022.",
            "6.4",
            6.4,
        ),
        ("Largest quake: M5.1", "M5.1", 5.1),
        ("An M4.2 tremor rattled windows across the bay.", "M4.2", 4.2),
    ],
)
def test_a_reading_on_a_named_scale(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the M4 was heavy after the crash.",
        "Soldiers carried M16 rifles through the square.",
        "The gymnast earned a 9.4 from the judges on Sunday.",
    ],
)
def test_no_reading_without_a_scale(claims_of: Rows, text: str) -> None:
    assert not any(r["quantity_value"] in (4.0, 16.0, 9.4) for r in claims_of(text, "quantity"))
