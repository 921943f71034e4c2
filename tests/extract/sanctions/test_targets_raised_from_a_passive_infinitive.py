"""A passive infinitive under a verb or adjective of expectation ('are expected to be added', 'are
due to be blacklisted', 'is set to be designated') falls on the subject it is raised to: that
subject is the action's target group."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "A court in Tallinn froze the assets of two firms. "
            "Two more companies are expected to be added next week, a spokesperson said.",
            {"organization": 2},
        ),
        (
            "Canada listed four firms on Monday. Three more generals are set to be designated in June.",
            {"person": 3},
        ),
        (
            "Australia sanctioned six men. Two more vessels are due to be blacklisted, officials said.",
            {"vessel": 2},
        ),
        (
            "Japan froze the assets of a bank. A second bank is expected to be added soon.",
            {"organization": 1},
        ),
        (
            "A court in Riga froze the accounts of a shipping agent. "
            "Two more brokers are expected to be added to the order next week.",
            {"organization": 2},
        ),
    ],
)
def test_the_raised_subject_is_the_target(
    claims_of: Rows, text: str, kinds: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"
    assert counts(rows[1]) == kinds
