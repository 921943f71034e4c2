"""Sanction families of round 3: each a construction written several ways (tense, voice,
wording), never one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.sanctions.test_families import counts

Rows = Callable[..., list[dict[str, Any]]]


def sanctions(claims_of: Rows, text: str) -> list[dict[str, Any]]:
    return claims_of(text, "sanction", "2025-03-07")


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "OSLO, June 3 (Nordic Wire) - Norway on Tuesday adopted the European Union's latest"
            " package of sanctions, adding 30 entities to its list, the ministry said.",
            "Norway",
        ),
        (
            "TOKYO, Jan 9 (Pacific Desk) - Japan has aligned with the U.S. listing of 12 tankers,"
            " officials said.",
            "Japan",
        ),
        (
            "BERN, Feb 2 - Switzerland will take over the bloc's new sanctions on 14 Russian"
            " banks.",
            "Switzerland",
        ),
        (
            "WELLINGTON, Nov 20 (Kiwi Wire) - New Zealand imposed asset freezes on 9 individuals"
            " named by Washington last week.",
            "New Zealand",
        ),
    ],
)
def test_dateline_does_not_hide_the_acting_authority(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        ("Canada on Monday sanctioned six Haitians over gang violence.", "Canada", {"person": 6}),
        (
            "Washington has blacklisted four Nicaraguans tied to the police.",
            "United States",
            {"person": 4},
        ),
        ("Britain froze the assets of two Sudanese generals.", "United Kingdom", {"person": 2}),
        ("The EU will list 11 Haitian officials next week.", "European Union", {"person": 11}),
    ],
)
def test_people_named_by_nationality_are_counted_persons(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Liechtenstein is expected to adopt the same measures next week.", "Liechtenstein"),
        ("Iceland has aligned with the EU's latest sanctions package.", "Iceland"),
        ("Montenegro adopted the bloc's sanctions on 20 Russian firms.", "Montenegro"),
        ("Moldova will apply the EU's asset freezes on 12 separatist officials.", "Moldova"),
    ],
)
def test_smaller_states_that_align_are_authorities(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]
