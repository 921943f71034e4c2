"""Sanction recall families: 'among' a number told before ('Among the nine are ...'), which lists
targets of the action just told, and freezes an authority secures, with the plural noun the
tagger reads as a verb in -s (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

FREEZE_LEAD = "A court in Quito froze the assets of nine people on Monday.\n\n"


def statuses(claims_of: Rows, text: str) -> list[str]:
    return [r["sanction_status"] for r in claims_of(text, "sanction")]


@pytest.mark.parametrize(
    "text",
    [
        "Among the nine are a retired colonel and two of his nephews.",
        "Among those nine are three bank managers and a notary in Porto.",
        "Among the 9 are a shipping agent in Guayaquil and his brother.",
        "Among all nine are two former customs officers.",
    ],
)
def test_among_a_number_told_before_lists_targets(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, FREEZE_LEAD + text) == ["imposed", "imposed"]


def test_among_a_number_in_a_story_of_no_sanction(claims_of: Rows) -> None:
    text = "Twenty climbers reached the summit.\n\nAmong the 20 are five women."
    assert statuses(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors have secured freezes on the property of 40 people and 12 companies.",
        "The agency secured a freeze on the accounts of two Riga brokers on Tuesday.",
        "Since 2019, the unit has secured freezes on the assets of 88 people.",
        "Prosecutors secured asset freezes against four officials of the port authority.",
    ],
)
def test_secured_freezes_are_imposed(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, text) == ["imposed"]


def test_a_secured_loan_is_no_sanction(claims_of: Rows) -> None:
    assert statuses(claims_of, "The government secured a loan of $2 billion.") == []
