"""'Three of them are Georgian citizens': a number counting part of a group the sentence before
sanctioned, given by a plural pronoun, with a copula and a target word after it, restates that
many targets of that action (the nationality breakdown of a listing)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lithuania banned nine foreigners from entering the country on Monday. Three of them"
            " are Georgian citizens.",
            {"person": 3},
        ),
        (
            "Latvia added 20 people to its entry ban list last week. Seven of them are Belarusian"
            " nationals.",
            {"person": 7},
        ),
        (
            "Canada sanctioned eleven officials on Friday. Four of them were prison governors.",
            {"person": 4},
        ),
        (
            "The Treasury designated six companies in March. Two of them are trading firms"
            " based in Dubai.",
            {"organization": 2},
        ),
    ],
)
def test_counted_part_of_a_pronoun_restates_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2
    assert counts(rows[-1]) == expected


def test_counted_part_of_a_pronoun_without_a_sanction_is_no_claim(claims_of: Rows) -> None:
    text = "The flood displaced 40 families on Sunday. Twelve of them are farmers."
    assert claims_of(text, "sanction") == []
