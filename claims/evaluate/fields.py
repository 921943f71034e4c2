"""How each scored field of a matched (gold, prediction) pair is judged, per CLAIMS.md.

Each rule returns (right, expected, got) so a report can show the difference. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from claims.extract.sanctions.authorities import authority_set
from claims.resources import load_data

Verdict = tuple[bool, Any, Any]
Rule = Callable[[Mapping[str, Any], Mapping[str, Any]], Verdict]

REL_TOL = 1e-6
ABS_TOL = 1e-9


def same_number(expected: Any, got: Any) -> bool:
    """Numeric equality with a small relative tolerance (float round-trips of 0.1, 1e9...)."""
    if expected is None or got is None:
        return expected is None and got is None
    try:
        a, b = float(expected), float(got)
    except (TypeError, ValueError):
        return False
    if math.isnan(b):
        return False
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def singular(word: str) -> str:
    """A rough English singular, enough to compare head nouns (shells/shell, casualties)."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@cache
def _head_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that start a post-modifier, and trailing words that are one (claims/data/item_heads.json)."""
    data = load_data("item_heads")
    starts = frozenset(data["post_modifier_starts"])
    trailing = frozenset(
        data["postpositive_adjectives"] + data["coordinators"] + data["irregular_participles"]
    )
    return starts, trailing


def _post_modifier(word: str, trailing: frozenset[str]) -> bool:
    """A word after the head that modifies it: a participle ("killed") or a listed word.

    Nouns in -eed ("wind speed", "animal feed") are heads, not participles."""
    return word in trailing or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))


def head_noun(phrase: Any) -> str | None:
    """The head noun of an item phrase, singular and lower-case.

    The head is the last word before any post-modifier ("artillery shells" -> "shell",
    "support to the army" -> "support", "people killed" -> "people"): CLAIMS.md scores items
    leniently on the head noun, and a post-modifier is not the thing counted."""
    if not isinstance(phrase, str):
        return None
    words = re.findall(r"[\w%$€£¥'-]+", phrase.lower())
    starts, trailing = _head_words()
    cut = next((i for i, w in enumerate(words) if i and w in starts), len(words))
    words = words[:cut]
    while len(words) > 1 and _post_modifier(words[-1], trailing):
        words.pop()
    return singular(words[-1]) if words else None


def target_counts(targets: Iterable[Mapping[str, Any]] | None) -> dict[str, int | None]:
    """Targets as {kind: total count}; a kind whose every group has a null count maps to None."""
    counts: dict[str, int | None] = {}
    for group in targets or []:
        kind = group.get("kind")
        if not isinstance(kind, str):
            continue
        count = group.get("count")
        previous = counts.get(kind)
        if count is None:
            counts.setdefault(kind, None)
        else:
            counts[kind] = (previous or 0) + int(count)
    return counts


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _value(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
    return same_number(g["value"], p.get("quantity_value")), g["value"], p.get("quantity_value")


def _bound(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
    return g["bound"] == p.get("quantity_bound"), g["bound"], p.get("quantity_bound")


def _item(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
    got = p.get("quantity_item")
    return (
        head_noun(g["item"]) is not None and head_noun(g["item"]) == head_noun(got),
        g["item"],
        got,
    )


def _date_field(name: str) -> Rule:
    def rule(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
        expected, got = _as_date(g.get(name)), _as_date(p.get(f"date_{name}"))
        return expected == got, g.get(name), None if got is None else got.isoformat()

    return rule


def _authority(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
    expected, got = authority_set(g["authority"]), authority_set(p.get("sanction_authorities"))
    return expected == got, sorted(expected), sorted(got)


def _status(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
    return g["status"] == p.get("sanction_status"), g["status"], p.get("sanction_status")


def _targets(g: Mapping[str, Any], p: Mapping[str, Any]) -> Verdict:
    expected, got = target_counts(g.get("targets")), target_counts(p.get("sanction_targets"))
    return expected == got, expected, got


RULES: dict[str, dict[str, Rule]] = {
    "quantity": {"value": _value, "bound": _bound, "item": _item},
    "date": {"start": _date_field("start"), "end": _date_field("end")},
    "sanction": {"authority": _authority, "status": _status, "targets": _targets},
}


def judge(claim_type: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, Verdict]:
    """Every scored field of one matched pair."""
    return {name: rule(gold, pred) for name, rule in RULES[claim_type].items()}
