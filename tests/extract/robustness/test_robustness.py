"""The robustness suite: each construction family of issue 9 (quantities, dates, sanctions) crossed
with voice, tense/aspect, negation, coordination and number or date notation (templates.json,
generate.py), run through the whole claim pipeline, one sentence per case.

A case passes when every claim it expects is made (a claim of its type overlapping the expected
words, with the expected value / dates / authority, status and target counts) and no claim of a
type it forbids is made. The pass rate per family is printed (with the axis values that fail most)
and must reach the floor in floor.json. The issue asks for 95%; the floors are what was measured
when the suite was written, so they record today's state honestly: raise them as the rules improve.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from tests.extract.robustness.generate import Case, Expected, cases

FLOOR = Path(__file__).with_name("floor.json")
TARGET = 0.95


def _overlaps(row: dict[str, Any], text: str, anchor: str) -> bool:
    """The anchor as whole words ('30' is not the start of 'about 300'), then span overlap."""
    found = re.search(rf"(?<![\w.,]){re.escape(anchor)}(?!\w)", text, re.IGNORECASE)
    assert found is not None, f"anchor {anchor!r} not in {text!r}"
    return row["span_start"] < found.end() and found.start() < row["span_end"]


def _fields_right(exp: Expected, row: dict[str, Any]) -> bool:
    f = exp.fields
    if exp.type == "quantity":
        value = row.get("quantity_value")
        item = row.get("quantity_item") or ""
        return (
            value is not None
            and abs(value - f["value"]) <= 1e-6 * max(1.0, abs(f["value"]))
            and (f["item"] is None or f["item"] in item)
        )
    if exp.type == "date":
        return bool(row.get("date_start") == f["start"] and row.get("date_end") == f["end"])
    targets = row.get("sanction_targets") or []
    have = {(t["kind"], t["count"]) for t in targets}
    return (
        f["authority"] in (row.get("sanction_authorities") or [])
        and row.get("sanction_status") == f["status"]
        and all((kind, count) in have for kind, count in f["counts"])
    )


def judge(case: Case, rows: list[dict[str, Any]]) -> bool:
    for exp in case.expected:
        typed = [r for r in rows if r["claim_type"] == exp.type]
        if not any(_overlaps(r, case.text, exp.anchor) and _fields_right(exp, r) for r in typed):
            return False
    return not any(r["claim_type"] in case.absent for r in rows)


def run(nlp: Language, all_cases: list[Case]) -> list[bool]:
    docs = []
    for case in all_cases:
        doc = nlp.make_doc(case.text)
        doc._.published = case.published
        docs.append(doc)
    return [judge(c, d._.claims or []) for c, d in zip(all_cases, nlp.pipe(docs), strict=True)]


@pytest.fixture(scope="module")
def results(nlp: Language) -> list[tuple[Case, bool]]:
    generated = cases()
    return list(zip(generated, run(nlp, generated), strict=True))


def test_the_suite_is_large_and_crosses_every_axis() -> None:
    generated = cases()
    assert len(generated) >= 600
    families = Counter(c.family for c in generated)
    assert set(families) == {"quantities", "dates", "sanctions"}
    for family in families:
        axes = list(zip(*(c.axes for c in generated if c.family == family), strict=True))
        voice, tense, negation, coordination, notation = (set(a) for a in axes[1:])
        assert voice == {"active", "passive"} and len(tense) == 4
        assert negation == {"plain", "negated"} and coordination == {"single", "coordinated"}
        assert len(notation) >= 6
    assert len({c.text for c in generated}) == len(generated)


def test_the_judge_fails_a_wrong_claim(nlp: Language) -> None:
    """A case the pipeline gets right passes; the same case expecting another value fails."""
    case = next(c for c in cases() if c.text == "The brigade lost 40 tanks in the fighting.")
    wrong = Case(
        case.family,
        case.axes,
        case.text,
        case.published,
        [Expected("quantity", "40", {"value": 41, "item": "tanks"})],
    )
    assert run(nlp, [case, wrong]) == [True, False]


def test_pass_rate_per_family_reaches_its_floor(results: list[tuple[Case, bool]]) -> None:
    floors: dict[str, float] = json.loads(FLOOR.read_text("utf-8"))["floors"]
    by_family: dict[str, list[bool]] = defaultdict(list)
    failing: dict[str, Counter[str]] = defaultdict(Counter)
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for case, ok in results:
        by_family[case.family].append(ok)
        seen[case.family].update(case.axes)
        if not ok:
            failing[case.family].update(case.axes)
    rates = {f: sum(oks) / len(oks) for f, oks in by_family.items()}
    for family, rate in sorted(rates.items()):
        share = {a: n / seen[family][a] for a, n in failing[family].items()}
        ranked = sorted(share.items(), key=lambda kv: -kv[1])[:8]
        worst = ", ".join(f"{a!r} {r:.0%}" for a, r in ranked)
        print(
            f"robustness {family}: {rate:.3f} of {len(by_family[family])} "
            f"(floor {floors[family]:.3f}, target {TARGET}); failing most often: {worst}"
        )
    low = {f: r for f, r in rates.items() if r < floors[f]}
    assert not low, f"pass rates below their floors in floor.json: {low}"
    overall = sum(ok for _, ok in results) / len(results)
    print(f"robustness overall: {overall:.3f} of {len(results)} (target {TARGET})")
    assert overall >= TARGET, f"overall pass rate {overall:.3f} is below {TARGET}"
