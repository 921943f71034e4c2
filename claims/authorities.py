"""Canonical names of sanctioning authorities, so "Seoul" and "South Korea" compare equal.

The alias table is data (data/authorities.json); the extractor may use the same table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


def _key(name: str) -> str:
    text = re.sub(r"\s+", " ", name.strip().lower())
    text = re.sub(r"^the ", "", text)
    return text[:-2] if text.endswith(("'s", "’s")) else text


@cache
def aliases() -> dict[str, str]:
    """Lower-case alias (and canonical name) -> canonical name."""
    raw = json.loads(resources.files("claims").joinpath("data/authorities.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for canonical, names in raw.items():
        if canonical.startswith("_"):
            continue
        for name in [canonical, *names]:
            table[_key(name)] = canonical
    return table


def canonical_authority(name: str) -> str:
    """The canonical short name of an authority; unknown names come back stripped, as written."""
    return aliases().get(_key(name), name.strip())


def authority_set(value: str | Iterable[str] | None) -> frozenset[str]:
    """A name or a list of names as a set of canonical names (a string is a one-element list)."""
    if value is None:
        return frozenset()
    names = [value] if isinstance(value, str) else list(value)
    return frozenset(canonical_authority(n) for n in names if isinstance(n, str) and n.strip())
