"""In a story that states a sanction, a list noun that sums its entries ('the national list
now numbers ...'), whatever words of its own it has, totals the listed targets: those counts
are the sanction's, not quantities. Outside a sanction story, or on a list of another kind
with no sanction told, the counts stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The bloc froze the funds of nine traders on Friday. "
            "Its common list now counts 135 persons and 25 entities.",
            "135 persons",
        ),
        (
            "The ministry blocked the funds of five firms on Monday. "
            "Its national list now numbers 150 people and 20 companies.",
            "150 people",
        ),
        (
            "The Treasury sanctioned three banks in March. "
            "The consolidated register stands at 90 entities.",
            "90 entities",
        ),
        (
            "Regulators designated six brokers this week, and the updated blacklist "
            "totals 64 companies.",
            "64 companies",
        ),
    ],
)
def test_list_totals_in_a_sanction_story_are_no_quantities(
    claims_of: Rows, text: str, total: str
) -> None:
    assert not any(total in s for s in _spans(claims_of, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The waiting list now counts 300 people and 40 families.", "300 people"),
        ("The new shortlist includes 14 manufacturers from Asia.", "14 manufacturers"),
    ],
)
def test_other_lists_keep_their_counts(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
