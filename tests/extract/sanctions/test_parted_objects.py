"""A sanction noun parted from its verb by a comma-set phrase ('decides to impose, with
immediate effect, targeted sanctions on ...'), which the parser may leave hanging, is still the
object of that verb."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3. Decides to impose, with immediate effect, targeted sanctions on the seven officers"
            " and two ministers listed in the annex;",
            {"person": 9},
        ),
        (
            "The Council decided to impose, as of today, new sanctions on four Sudanese commanders.",
            {"person": 4},
        ),
        (
            "Ottawa will impose, in coordination with its allies, fresh sanctions on six Iranian"
            " officials.",
            {"person": 6},
        ),
        (
            "Britain announced, after weeks of talks, sanctions on three Georgian judges.",
            {"person": 3},
        ),
    ],
)
def test_a_parted_sanction_noun_is_the_verbs_object(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
