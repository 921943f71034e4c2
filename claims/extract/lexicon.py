"""Word classes that several claim types share: the target kind a noun names (person, organization,
vessel, aircraft) and the country of a nationality adjective. The words live in claims/data."""

from __future__ import annotations

import re
from functools import cache

from claims.resources import load_data


@cache
def kind_of_word() -> dict[str, str]:
    kinds = load_data("sanctions")["target_kinds"]
    return {w: kind for kind, ws in kinds.items() for w in ws}


@cache
def _demonym_re() -> re.Pattern[str]:
    names = sorted(load_data("aliases")["demonyms"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def nationality_of(text: str) -> str | None:
    """Country of a nationality adjective in text ('Russian' -> 'Russia'), the longest match."""
    m = _demonym_re().search(text)
    return load_data("aliases")["demonyms"][m.group(0).lower()] if m else None
