"""The second figure of a vote's score written as one ('voted 6-1') counts nothing,
whatever follows it (the day the vote was taken: 'voted 6-1 Tuesday night')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The city council voted 6-1 Tuesday night to borrow $9 million.", 6, 1),
        ("Lawmakers voted 52-47 Wednesday afternoon to confirm the nominee.", 52, 47),
        ("The school board had voted 5-3 Monday evening to shut two campuses.", 5, 3),
        ("Shareholders will have voted 8-4 Friday if the count holds.", 8, 4),
    ],
)
def test_a_scores_second_figure_before_a_day_counts_nothing(
    claims_of: Rows, text: str, first: int, second: int
) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert first in values and second not in values, values
