"""'One trader was struck off': a verb of leaving a list with its particle, in the passive, whose
subject is a target group, right after a sentence that told a sanction, takes the group off that
action's list (lifted, the action's authority), as the active 'struck off two traders' does."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "The EU renewed its Iran sanctions on Monday. Two firms were struck off as well.",
            "European Union",
            {"organization": 2},
        ),
        (
            "Britain sanctioned nine smugglers. A tenth man was struck off after his death.",
            "United Kingdom",
            {"person": 1},
        ),
        (
            "The EU on Monday listed 12 officials. Three judges have been struck off.",
            "European Union",
            {"person": 3},
        ),
        (
            "Canada extended its measures on Friday. One businessman who died in May was struck"
            " off.",
            "Canada",
            {"person": 1},
        ),
    ],
)
def test_a_group_struck_off_in_the_passive(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


def test_struck_off_without_a_sanction_before(claims_of: Rows) -> None:
    text = "The team played well on Monday. Two players were struck off the roster."
    assert carried(claims_of, text) == []
