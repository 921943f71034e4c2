"""A year on one singular measure ('a 2023 harbour ban', 'its 2019 listing') labels the measure and
counts no target; a state's official long name ('the Kingdom of Tonga') is the short name the gold
gives it."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.authorities import canonical_authority
from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada lifted a 2023 harbour ban on the trawler Blue Fin.", {"vessel": 1}),
        ("Japan extended the 2021 entry ban on the ship broker Kiro Marine.", {"organization": 1}),
        ("Norway renewed its 2019 listing of the tanker Nord Star.", {"vessel": 1}),
        ("Australia has lifted a 2022 bank freeze on the miner Red Hill Ltd.", {"organization": 1}),
    ],
)
def test_a_year_on_a_single_measure_counts_nothing(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Federated States of Micronesia", "Micronesia"),
        ("the Kingdom of Tonga", "Tonga"),
        ("Republic of the Marshall Islands", "Marshall Islands"),
        ("Plurinational State of Bolivia", "Bolivia"),
    ],
)
def test_a_long_state_name_is_its_short_name(long: str, short: str) -> None:
    assert canonical_authority(long) == canonical_authority(short) == short


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Federated States of Micronesia on Monday sanctioned three longliners.", "Micronesia"),
        ("The Kingdom of Tonga has frozen the assets of two businessmen.", "Tonga"),
        ("The Republic of Palau sanctioned four reefers on Friday.", "Palau"),
    ],
)
def test_a_long_state_name_acts_as_the_state(claims_of: Rows, text: str, state: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [state]
