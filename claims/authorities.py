"""Canonical names of sanctioning authorities, so "Seoul" and "South Korea" compare equal.

The evaluator reads the extractor's own alias table (claims/data/aliases.json), so the two can
never disagree about what a name means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.aliases import authorities_in
from claims.numbers import load_data


def _key(name: str) -> str:
    text = re.sub(r"\s+", " ", name.strip().lower())
    text = re.sub(r"^the ", "", text)
    return text[:-2] if text.endswith(("'s", "’s")) else text


def canonical_authority(name: str) -> str:
    """The canonical short name of an authority; unknown names come back stripped, as written."""
    table: dict[str, str] = load_data("aliases")["aliases"]
    key = _key(name)
    if key in table:
        return table[key]
    found = authorities_in(name)  # a longer name holding one alias: "the U.S. Treasury Department"
    return found[0] if len(found) == 1 else name.strip()


def authority_set(value: str | Iterable[str] | None) -> frozenset[str]:
    """A name or a list of names as a set of canonical names (a string is a one-element list)."""
    if value is None:
        return frozenset()
    names = [value] if isinstance(value, str) else list(value)
    return frozenset(canonical_authority(n) for n in names if isinstance(n, str) and n.strip())
