"""A state named by another of its names ('Türkiye', 'DR Congo', a capital) acts under the
short name the gold gives it (claims/data/sanctions.json `actor_countries` `variants`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Türkiye froze the assets of 31 people on Tuesday.", ["Turkey"]),
        ("A court in Kinshasa froze the accounts of three traders.", ["DR Congo"]),
        ("DR Congo froze 23 accounts held by the militia last month.", ["DR Congo"]),
        ("Turkiye's finance ministry has frozen the assets of four firms.", ["Turkey"]),
    ],
)
def test_a_state_named_by_another_of_its_names_is_its_short_name(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == authority, rows
