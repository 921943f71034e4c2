"""A province, territory or federal state seats its state's courts as a city does ('the Supreme
Court of Manitoba', 'a court in Queensland'), and a name that only opens with a state's alias
('British Columbia', 'the British Virgin Islands') names no authority of that alias."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.authorities import authorities_in
from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "In the Supreme Court of Manitoba, Justice Ida Kerr froze the accounts of three"
            " grain brokers.",
            "Canada",
        ),
        (
            "In the Supreme Court of Queensland, a judge froze three farms owned by a former"
            " councillor on Monday.",
            "Australia",
        ),
        ("The High Court of Nova Scotia froze the assets of four fishing firms.", "Canada"),
        (
            "In the Superior Court of Ontario, Justice Paul Roy extended until July 4 a freeze"
            " on the accounts of two dealers.",
            "Canada",
        ),
    ],
)
def test_a_court_of_a_province_acts_for_its_state(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the engineers' regulator of British Columbia", []),
        ("a company registered in the British Virgin Islands", []),
        ("British Columbia's securities commission", []),
        ("the British Foreign Office", ["United Kingdom"]),
    ],
)
def test_a_longer_name_opening_with_an_alias_is_not_the_alias(
    text: str, expected: list[str]
) -> None:
    assert authorities_in(text) == expected
