"""A partitive count ('three of its directors') that is itself the object or passive subject of
a freezing or listing verb counts that sanction's targets, not a quantity; the same partitive
count doing something else stays a quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "A Georgian builder and three of its engineers were barred on Friday over the fraud.",
        "The procurement office debarred two of the firm's engineers in April.",
        "Prosecutors say the court froze four of the accounts last week.",
        "Five of the traders have now been sanctioned by the finance ministry.",
    ],
)
def test_partitive_counts_a_ban_acts_on_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


def test_partitive_counts_doing_something_else_stay(claims_of: Rows) -> None:
    assert _values(claims_of, "Two of the directors resigned after the audit.") == [2.0]
