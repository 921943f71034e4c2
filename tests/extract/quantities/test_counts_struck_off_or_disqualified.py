"""People a disciplinary body strikes off or disqualifies (solicitors, lawyers, trainers,
jumpers, skiers) are the measure's targets, counted by it, not quantities; 'struck' without
its particle is a blow, and the same people counted outside such an action stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Five conveyancing solicitors were struck off last year.",
        "The tribunal struck off two lawyers on Tuesday.",
        "Three lawyers were struck off the register in May.",
        "The stewards disqualified four trainers after the inquiry.",
        "Two ski jumpers were disqualified over their suits.",
    ],
)
def test_counts_struck_off_or_disqualified_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The storm struck two clubs in the harbour district.", "two clubs"),
        ("Lightning struck three cyclists during the stage.", "three cyclists"),
        ("The firm hired six solicitors and two trainers this year.", "six solicitors"),
    ],
)
def test_the_same_people_elsewhere_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
