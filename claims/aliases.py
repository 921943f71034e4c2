"""Canonical short names of sanctioning authorities and nationalities through the alias table
(claims/data/aliases.json): Seoul -> South Korea, the Treasury -> United States."""

from __future__ import annotations

import re
from functools import cache

from claims.numbers import load_data


@cache
def _alias_re() -> re.Pattern[str]:
    aliases = sorted(load_data("aliases")["aliases"], key=len, reverse=True)
    parts = []
    for alias in aliases:
        body = re.escape(alias)
        if len(alias.replace(".", "")) <= 3:
            body = re.escape(alias.upper())  # US, UK, EU, UN: capitals only, never the pronoun "us"
            parts.append(rf"(?-i:{body})")
        else:
            parts.append(body)
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def authorities_in(text: str) -> list[str]:
    """Canonical authorities named in text, in order of first mention, each once."""
    table = load_data("aliases")["aliases"]
    found = [table[m.group(0).lower()] for m in _alias_re().finditer(text)]
    return list(dict.fromkeys(found))


@cache
def _demonym_re() -> re.Pattern[str]:
    names = sorted(load_data("aliases")["demonyms"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def nationality_of(text: str) -> str | None:
    """Country of a nationality adjective in text ('Russian' -> 'Russia'), the longest match."""
    m = _demonym_re().search(text)
    return load_data("aliases")["demonyms"][m.group(0).lower()] if m else None
