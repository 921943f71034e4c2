"""Parse numbers as news writes them: digits with thousands commas, decimals, scale words and
suffixes ("3 million", "1.5bn", "85,000"), and number words ("two", "a dozen", "twenty-five").

Malformed digit strings ("1,2,3,4", "2.4.2024") parse to None: better no claim than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from claims.resources import load_data

DIGITS = re.compile(
    r"^(?P<sign>[+\-\u2212])?(?P<num>\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(?:\.(?P<frac>\d+))?"
    r"(?P<suf>[a-z]{1,3})?$",
    re.IGNORECASE,
)
#: a number with letters glued before or after it: 'US4.2' (after '$'), '24pc', '10kW', '155mm'
GLUED = re.compile(
    r"^(?P<pre>[a-z]{1,3}(?=\d)|(?:[a-z]{0,3}|(?:[a-z]\.){1,3})[$\u00a2\u20b5](?=\d))?(?P<num>[+\-\u2212]?\d[\d,]*(?:\.\d+)?)(?P<suf>[a-z][a-z/]*)?$",
    re.IGNORECASE,
)
HAS_DIGIT = re.compile(r"\d")
#: a range written as one token, scale letters and a currency sign on its ends: '250bn-$400bn'
JOINED_RANGE = re.compile(
    r"^(?P<low>\d[\d,]*(?:\.\d+)?[a-z]{0,3})-(?P<sign>[^\w\s]{0,2})(?P<high>\d[\d,]*(?:\.\d+)?[a-z]{1,3})$"
    r"|^(?P<plow>\d[\d,]*(?:\.\d+)?)-(?P<psign>[^\w\s-]{1,2})(?P<phigh>\d[\d,]*(?:\.\d+)?)$"
    r"|^(?P<dlow>\d[\d,]*(?:\.\d+)?)\u2013(?P<dhigh>\d[\d,]*(?:\.\d+)?[a-z]{0,3})$",
    re.IGNORECASE,
)  # the second form: a sign again before a bare high end ('99.80-$108.30'), the sign before
# the token the same (the caller checks); the third: two figures joined by an en dash, which the
# tokenizer leaves whole ('30,000\u201350,000', '420\u2013460m')
#: a year written alone: an en-dashed pair of them is a span of years, no range of a quantity
YEAR = re.compile(r"(?:1[89]|20)\d\d")


class Glued(NamedTuple):
    """A digit token split into the letters before it, the number and the letters after it."""

    prefix: str
    number: str
    suffix: str


def split_glued(token: str) -> Glued | None:
    """'US4.2' -> ('US', '4.2', ''), '24pc' -> ('', '24', 'pc'), 'NT$26' -> ('NT$', '26', '') (a
    currency sign the tokenizer left on the number); None when it is no such token."""
    m = GLUED.match(token)
    if m is None:
        return None
    return Glued(m["pre"] or "", m["num"], m["suf"] or "")


def sign_of(token: str) -> str | None:
    """'+0.4' -> 'increase', '-3.5' -> 'decrease': a signed figure states a change."""
    if token[:1] == "+":
        return "increase"
    if token[:1] in ("-", "\u2212") and token[1:2].isdigit():
        return "decrease"
    return None


def rounded(value: float, places: int = 2) -> float:
    """`value` rounded half up as written in decimals (29.165 -> 29.17, where round() gives
    29.16 from the binary float): the midpoint of two percentages as a reader rounds it."""
    step = Decimal(1).scaleb(-places)
    return float(Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP))


def tidy(value: float) -> float:
    """`value` without the binary float's noise from scaling a decimal ('4.1 million' is
    4100000, not 4099999.9999999995): 12 significant digits, more than any figure in news."""
    return float(f"{value:.12g}")


def words() -> dict[str, Any]:
    return load_data("numbers")


def parse_digits(token: str) -> float | None:
    """'85,000' -> 85000, '1.5bn' -> 1.5e9, '3.2' -> 3.2, '-3.5' -> 3.5 (the sign is a change, see
    `sign_of`); '4\u00bd' -> 4.5 (a fraction character after the digits); '4\\,300' -> 4300 (a
    separator escaped as a calendar export writes it); anything malformed -> None."""
    for escaped, plain in words()["escaped_separators"].items():
        token = token.replace(escaped, plain)
    fraction = words()["vulgar_fractions"].get(token[-1:]) if len(token) > 1 else None
    if fraction is not None:
        whole = parse_digits(token[:-1])
        return None if whole is None or "." in token else whole + fraction
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


def joined_range(token: str) -> tuple[float, float, str] | None:
    """'250bn-$400bn' -> (2.5e11, 4e11, '$'), '2-3bn' -> (2e9, 3e9, ''): the ends of a range the
    tokenizer left as one token (a bare low end takes the high end's scale), and the sign written
    before the high end; None when it is no such range."""
    m = JOINED_RANGE.match(token)
    if m is None:
        return None
    if m["plow"] is not None:  # '99.80-$108.30': a sign on both ends, no scale letters
        bottom, top = parse_digits(m["plow"]), parse_digits(m["phigh"])
        if bottom is None or top is None or bottom >= top:
            return None
        return bottom, top, m["psign"]
    if m["dlow"] is not None:  # '30,000\u201350,000': an en dash, not years ('2023\u20132030')
        if YEAR.fullmatch(m["dlow"]) and YEAR.fullmatch(m["dhigh"]):
            return None
        bottom, top = parse_digits(m["dlow"]), parse_digits(m["dhigh"])
        scale = suffix_scale(m["dhigh"])
        if bottom is not None and scale is not None and suffix_scale(m["dlow"]) is None:
            bottom *= scale if bottom * scale <= (top or 0) else 1
        if bottom is None or top is None or bottom >= top:
            return None
        return bottom, top, ""
    low, high = parse_digits(m["low"]), parse_digits(m["high"])
    if low is None or high is None:
        return None
    scale = suffix_scale(m["high"])
    if suffix_scale(m["low"]) is None and scale is not None and low * scale <= high:
        low *= scale
    return (low, high, m["sign"]) if low < high else None


def suffix_scale(token: str) -> float | None:
    """'47bn' -> 1e9, '230K' -> 1000: the scale a digit token's glued suffix gives; else None."""
    m = DIGITS.match(token)
    suffix = (m["suf"] or "").lower() if m is not None else ""
    scale = words()["suffixes"].get(suffix) if suffix else None
    return None if scale is None else float(scale)


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
    ['twenty', '-', 'five'], ['two', 'hundred', 'and', 'fifty'], ['two', 'point', 'five', 'million'].
    None when it is not one."""
    units, scales = words()["units"], words()["scales"]
    total, current, seen = 0.0, 0.0, False
    chunk = 0.0  # the part a large scale last closed: a scale right after it multiplies it
    lowered = [t.lower() for t in tokens]
    decimals = 0  # the place of the next digit word after a spoken decimal word, 0 before it
    for n, raw in enumerate(tokens):
        w = raw.lower()
        if w in words()["decimal_words"] and seen and not decimals and n + 1 < len(tokens):
            decimals = 1  # 'eight point four million', 'zero point six': the words after it
            # are digits
            continue
        if decimals and w in units:
            if units[w] >= 10 or units[w] != int(units[w]):
                return None  # one digit a word: 'point six', never 'point twelve'
            current += units[w] / 10**decimals
            decimals += 1
            continue
        if w in scales:
            decimals = 0
        if chunk and not current and w in scales and scales[w] >= 1000 and lowered[n - 1] in scales:
            total += chunk * (scales[w] - 1)  # '1.5 lakh crore', 'a thousand million'
            chunk *= scales[w]
            continue
        if current and n >= 2 and lowered[n - 2 : n + 1] == words()["and_a_half"]:
            current += 0.5  # 'two and a half thousand'
            continue
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
                total, current, chunk = total + current, 0.0, current
            seen = True
        else:
            return None
    return tidy(total + current) if seen else None
