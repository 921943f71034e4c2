"""'The others include two judges': a bare 'the others' (or 'the rest') as the subject of a
restating verb, with target words after it, names the rest of the group of the action before;
those targets are the claim's, like a counted 'the two others are ...'."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry banned the militia on Monday and listed 30 of its members. Among"
            " them are its founder and his son. The others include nine regional commanders"
            " and 19 gunmen and couriers.",
            {"person": 28},
        ),
        (
            "Canada sanctioned six officials of the prison service on Friday, including its"
            " director. The others are four wardens and a magistrate.",
            {"person": 5},
        ),
        (
            "Seoul designated eleven firms on Tuesday, two of them shipping agents in Busan."
            " The rest comprise seven trading companies and two banks.",
            {"organization": 9},
        ),
        (
            "Britain froze the assets of ten businessmen last week. Four run casinos. The rest"
            " include five casino owners and a banker.",
            {"person": 6},
        ),
    ],
)
def test_the_others_restate_the_rest_of_the_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) >= 2
    assert counts(rows[-1]) == expected


def test_the_others_without_a_sanction_before_are_no_claim(claims_of: Rows) -> None:
    text = "The club signed four players in June. The others include two young goalkeepers."
    assert claims_of(text, "sanction") == []
