"""Authority aliases: one canonical short name per sanctioning authority."""

from __future__ import annotations

from claims.extract.sanctions.authorities import authority_set, canonical_authority


def test_aliases_map_to_canonical_names() -> None:
    assert canonical_authority("Seoul") == "South Korea"
    assert canonical_authority("the U.S. Treasury") == "United States"
    assert canonical_authority("  britain ") == "United Kingdom"
    assert canonical_authority("Britain's") == "United Kingdom"
    assert canonical_authority("Brussels") == "European Union"


def test_unknown_names_come_back_as_written() -> None:
    assert canonical_authority("Liechtenstein ") == "Liechtenstein"


def test_a_string_is_a_one_element_list() -> None:
    assert authority_set("Seoul") == authority_set(["South Korea"]) == frozenset({"South Korea"})
    assert authority_set(None) == frozenset() and authority_set(["", "EU"]) == {"European Union"}
