"""Parse numbers as news writes them: digits with thousands commas, decimals, scale words and
suffixes ("3 million", "1.5bn", "85,000"), and number words ("two", "a dozen", "twenty-five").

Malformed digit strings ("1,2,3,4", "2.4.2024") parse to None: better no claim than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claims.resources import load_data

DIGITS = re.compile(
    r"^(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?P<suf>[a-z]{1,3})?$", re.IGNORECASE
)
HAS_DIGIT = re.compile(r"\d")


def words() -> dict[str, Any]:
    return load_data("numbers")


def parse_digits(token: str) -> float | None:
    """'85,000' -> 85000, '1.5bn' -> 1.5e9, '3.2' -> 3.2; anything malformed -> None."""
    m = DIGITS.match(token)
    if m is None:
        return None
    value = float(m["num"].replace(",", "") + ("." + m["frac"] if m["frac"] else ""))
    suffix = (m["suf"] or "").lower()
    if suffix:
        scale = words()["suffixes"].get(suffix)
        if scale is None:
            return None
        value *= scale
    return value


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in words()["units"] or w in words()["scales"]


def is_scale(word: str) -> bool:
    return word.lower() in words()["scales"]


def vague_value(word: str) -> float | None:
    """'hundreds' -> 200: the smallest value a vague amount allows."""
    value = words()["vague"].get(word.lower())
    return None if value is None else float(value)


def parse_tokens(tokens: Sequence[str]) -> float | None:
    """Value of a number expression split into words: ['3', 'million'], ['a', 'dozen'],
    ['twenty', '-', 'five'], ['two', 'hundred', 'and', 'fifty']. None when it is not one."""
    units, scales = words()["units"], words()["scales"]
    total, current, seen = 0.0, 0.0, False
    for raw in tokens:
        w = raw.lower()
        if w in ("-", "and", "a", "an"):
            if w in ("a", "an"):
                current = current or 1.0
            continue
        if HAS_DIGIT.search(w):
            value = parse_digits(w)
            if value is None or (seen and current):
                return None
            current, seen = value, True
        elif w in units:
            current = (
                current * units[w] if w in ("dozen", "half") and current else current + units[w]
            )
            seen = True
        elif w in scales:
            scale = scales[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    return total + current if seen else None
