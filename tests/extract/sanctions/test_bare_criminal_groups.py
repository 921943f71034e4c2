"""A ring, syndicate, clan or cartel named bare, as headlines write it, is a group of
unknown size and keeps no count; with a definite article it is one organization."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Treasury Blacklists Tri-Border Currency Exchange Ring", {"organization": None}),
        (
            "Canberra Targets Golden Triangle Meth Syndicate, Its Boats And A Cargo Plane",
            {"organization": None, "vessel": None, "aircraft": 1},
        ),
        ("UK slaps sanctions on Montenegrin cocaine clan", {"organization": None}),
        ("Britain sanctions Albanian people-smuggling ring", {"organization": None}),
        ("Treasury Sanctions Balkan Heroin Cartel", {"organization": None}),
    ],
)
def test_bare_group_is_uncounted(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Treasury blacklisted the same clan in 2019.", {"organization": 1}),
        ("Canada sanctioned the cartel on Friday.", {"organization": 1}),
        ("Australia will list the syndicate next month.", {"organization": 1}),
        ("The EU sanctioned a ring of 7 trading houses.", {"organization": 7}),
    ],
)
def test_definite_group_is_one(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected
