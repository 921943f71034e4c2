"""'X was among the four firms whose accounts were frozen': a member of a group a freeze
described is a restatement of that freeze, with X as its target (the claim reaches X)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Britain froze the assets of two banks on Monday. Bank Alpha is one of the banks"
            " whose assets were frozen.",
            "Bank Alpha",
        ),
        (
            "Canada froze the accounts of six firms on Monday. The agent, Blue Line Ltd, was one"
            " of the six firms whose accounts were blocked.",
            "Blue Line Ltd",
        ),
        (
            "Japan froze the funds of three traders in May. Kenji Sato was among the traders"
            " whose funds were frozen.",
            "Kenji Sato",
        ),
        (
            "The EU froze the assets of five people and two firms. The tankers' manager, Delta"
            " Shipping, is one of the firms whose funds were blocked.",
            "Delta Shipping",
        ),
    ],
)
def test_a_member_of_a_frozen_group_restates_the_freeze(
    claims_of: Rows, text: str, name: str
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2
    assert name.split()[-1] in text[rows[-1]["span_start"] : rows[-1]["span_end"]]
    assert any(name in t["names"] for t in rows[-1]["sanction_targets"])
