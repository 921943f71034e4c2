"""A bare figure after 'out of' with no noun of its own (quantity_words whole_openers) is the
whole a count before it in its sentence is part of: it counts what that count counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Inspectors have cleared 140 wells this year, out of 260 in the district.",
            "260",
            260,
            "wells",
        ),
        ("Only nine clubs paid the levy, out of thirty-two.", "thirty-two", 32, "clubs"),
        (
            "The team has visited 58 schools, out of 75 in the region, since May.",
            "75",
            75,
            "schools",
        ),
        ("So far 1,120 homes were reconnected, out of 1,900.", "1,900", 1900, "homes"),
    ],
)
def test_whole_after_out_of(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


def test_a_score_out_of_a_maximum_stays_out(claims_of: Rows) -> None:
    assert claims_of("She scored 8 out of 10 on the test.", "quantity") == []


def test_a_sum_before_gives_no_whole(claims_of: Rows) -> None:
    text = "The fund paid out $40 million, out of 90 in the plan."
    rows = claims_of(text, "quantity")
    assert [text[r["span_start"] : r["span_end"]] for r in rows] == ["$40 million"]
