"""A bare number with a determiner ('the four', 'all three') refers back to a group of exactly
that count, also a few sentences back when the lines between restate or describe the action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

BETWEEN = (
    " Those listed include the bank's chairman. Their assets in the country are frozen. They"
    " may not enter it either. Officials said more steps may follow."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan imposed sanctions on four executives on Monday." + BETWEEN + " The four were"
            " first designated by the UN committee in March.",
            {"person": 4},
        ),
        (
            "Canada sanctioned three judges on Friday." + BETWEEN + " All three were also listed"
            " by Britain last year.",
            {"person": 3},
        ),
        (
            "Australia designated five shipping firms on Tuesday." + BETWEEN + " The five had"
            " been blacklisted by the United States in 2023.",
            {"organization": 5},
        ),
        (
            "The EU listed two tankers and six officials on Monday." + BETWEEN + " The six were"
            " sanctioned by the UK in May.",
            {"person": 6},
        ),
    ],
)
def test_a_bare_number_refers_to_the_group_of_its_count(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected


def test_no_group_of_that_count_gives_no_count(claims_of: Rows) -> None:
    rows = claims_of(
        "Japan imposed sanctions on four executives on Monday." + BETWEEN + " The seven were"
        " first designated by the UN committee in March.",
        "sanction",
    )
    assert counts(rows[-1]) != {"person": 7}
