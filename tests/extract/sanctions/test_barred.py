"""Barring target ships or people from ports, waters or a country is a sanction on them, in any
voice ('were barred from entering ...', 'barred three freighters from its ports')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six tankers were barred from Canadian ports on Monday.", {"vessel": 6}),
        ("The two ships are now barred from entering Japanese waters.", {"vessel": 2}),
        ("Seoul barred three North Korean freighters from its ports.", {"vessel": 3}),
        ("Nine vessels will be barred from docking in Australia.", {"vessel": 9}),
        ("Four Belarusian officials have been barred from entering the bloc.", {"person": 4}),
    ],
)
def test_barring_targets_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The firms were designated, and Americans are barred from dealing with them.", 1),
        ("EU companies will be barred from transactions with the sanctioned entities.", 0),
        ("Under the rules, Canadians are barred from dealing with the listed bankers.", 0),
        ("Britons were banned from doing business with the blacklisted traders.", 0),
    ],
)
def test_barring_others_from_dealing_with_targets_is_an_effect(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction")) == claims
