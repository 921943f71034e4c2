"""An earlier round of sanctions as the subject of a verb of reaching whose
object is a target group ('An earlier round, in March, covered four people') states that
round's own action; a round of something else states none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is the second round of listings under the regime. An earlier round, in"
            " March 2023, covered four people.",
            {"person": 4},
        ),
        (
            "The EU listed two banks. The earlier batch named four officials and a firm.",
            {"person": 4, "organization": 1},
        ),
        (
            "Britain sanctioned two traders on Monday. Its first wave, last spring, reached"
            " six shipping firms.",
            {"organization": 6},
        ),
        (
            "Canada added three generals to its list. A previous round will cover two"
            " militia leaders as well.",
            {"person": 2},
        ),
    ],
)
def test_an_earlier_round_states_its_action(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU listed two banks. A round of talks covered three issues.",
        "The EU listed two banks. The second round covered new ground.",
    ],
)
def test_a_round_of_something_else_is_no_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
