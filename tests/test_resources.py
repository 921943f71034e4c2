"""The data files under claims/data/ parse, and a key written twice in one is refused by name."""

from __future__ import annotations

from importlib import resources

import pytest

from claims.resources import DuplicateKeyError, load_data, parse_data


def data_names() -> list[str]:
    folder = resources.files("claims").joinpath("data")
    return sorted(p.name[: -len(".json")] for p in folder.iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", data_names())
def test_every_data_file_has_each_key_once(name: str) -> None:
    assert isinstance(load_data(name), dict)


def test_a_key_written_twice_is_refused_with_the_file_and_the_key() -> None:
    text = '{"aliases": {"eib": "European Investment Bank", "ebrd": "x", "eib": "other"}}'
    with pytest.raises(
        DuplicateKeyError, match=r"claims/data/aliases\.json: key 'eib' appears twice"
    ):
        parse_data(text, "aliases")


def test_the_same_key_in_two_objects_is_no_duplicate() -> None:
    data = parse_data('{"a": {"k": 1}, "b": {"k": 2}}', "x")
    assert data == {"a": {"k": 1}, "b": {"k": 2}}
