"""States as authorities by their capitals, never by a place compound ('a Riga-registered firm'),
and targets' nationalities from their adjectives (the names are data in aliases.json)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Helsinki froze the assets of two bunkering firms on Monday.", "Finland"),
        ("Vilnius followed a day later, listing the same three officials.", "Lithuania"),
        ("Chisinau has imposed travel bans on four former ministers.", "Moldova"),
        ("Copenhagen will add the five importers to its national list.", "Denmark"),
    ],
)
def test_a_capital_acts_for_its_state(claims_of: Rows, text: str, authority: str) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "The UK also designated a Riga-registered haulier and its two directors.",
        "Britain sanctioned three Cyprus-flagged tankers on Friday.",
        "Canada listed a Dubai-based trader and a Latvia-owned shipping agent.",
        "The U.S. Treasury blacklisted two Estonia-incorporated shell companies.",
    ],
)
def test_a_state_named_in_a_place_compound_does_not_act(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] in (["United Kingdom"], ["Canada"], ["United States"])


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("Canada sanctioned four Ecuadorian gang leaders on Monday.", "Ecuador"),
        ("The Treasury designated two Cambodian casino operators.", "Cambodia"),
        ("Britain imposed asset freezes on three Paraguayan businessmen.", "Paraguay"),
        ("The EU listed five Libyan smugglers, among them a coastguard officer.", "Libya"),
    ],
)
def test_a_target_s_nationality_is_read_from_its_adjective(
    claims_of: Rows, text: str, nationality: str
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_targets"][0]["nationality"] == nationality


def test_a_large_city_seats_a_known_state_and_is_no_state_name() -> None:
    from claims.extract.sanctions.authorities import _actor_countries, _cities, authorities_in
    from claims.resources import load_data

    known = set(load_data("aliases")["aliases"].values()) | set(_actor_countries().values())
    assert _cities()
    assert all(state in known for state in _cities().values())
    assert not [c for c in _cities() if c in _actor_countries() or authorities_in(c)]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lagos arrested two men the US Treasury had designated.",
        "The US Treasury sanctioned two Lagos clearing firms on Monday.",
    ],
)
def test_a_large_city_is_no_actor_of_its_own(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert all(r["sanction_authorities"] == ["United States"] for r in rows), rows
