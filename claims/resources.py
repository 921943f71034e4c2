"""The one loader of the data files shipped in `claims/data/` (patterns, word lists, alias tables).

Rules are data: every stage reads its word lists through `load_data`, so a file is parsed once per
process and a missing or broken file fails in one place.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


class DuplicateKeyError(ValueError):
    """A data file names one key twice: JSON keeps the last silently, so one entry would be lost."""


def parse_data(text: str, name: str) -> dict[str, Any]:
    """Parse a data file's text, refusing a key written twice in one object."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise DuplicateKeyError(f"claims/data/{name}.json: key {key!r} appears twice")
            seen[key] = value
        return seen

    data: dict[str, Any] = json.loads(text, object_pairs_hook=unique)
    return data


@cache
def load_data(name: str) -> dict[str, Any]:
    """The JSON data file `claims/data/<name>.json`."""
    text = resources.files("claims").joinpath(f"data/{name}.json").read_text("utf-8")
    return parse_data(text, name)
