"""The result of `claims evaluate`: counts per claim type, derived scores, text or JSON output."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from schemas.enums import CLAIM_TYPES


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class TypeScore:
    """Counts for one claim type (or all types together); scores are derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    unsure_matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, scored]

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def strict_f1(self) -> float:
        return f1(
            ratio(self.strict_tp, self.tp + self.fp), ratio(self.strict_tp, self.tp + self.fn)
        )

    def add(self, other: TypeScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.strict_tp += other.strict_tp
        self.unsure_matched += other.unsure_matched

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "strict_tp": self.strict_tp,
            "unsure_matched": self.unsure_matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "strict_f1": round(self.strict_f1, 4),
            "fields": {
                k: {"right": r, "scored": n, "accuracy": round(ratio(r, n), 4)}
                for k, (r, n) in self.fields.items()
            },
        }


@dataclass(frozen=True)
class Issue:
    """One thing to look at: a missed gold claim, a false positive, or a wrong field."""

    kind: str  # miss | false_positive | field
    article: str
    claim_type: str
    text: str
    field: str | None = None
    expected: Any = None
    got: Any = None

    def render(self) -> str:
        head = f"{self.kind:<14} {self.article}  {self.claim_type:<8} {self.text!r}"
        if self.kind == "field":
            return f"{head}  {self.field}: expected {self.expected!r}, got {self.got!r}"
        return head


@dataclass
class EvaluationReport:
    """Scores per claim type, plus what could not be scored and every issue found."""

    types: dict[str, TypeScore] = field(
        default_factory=lambda: {t: TypeScore() for t in CLAIM_TYPES}
    )
    issues: list[Issue] = field(default_factory=list)
    articles_scored: int = 0
    gold_without_article: list[str] = field(default_factory=list)
    articles_without_gold: int = 0
    all_segments: bool = False
    #: (tp, fp, fn, strict_tp) per article and type, for intervals over articles
    per_article: dict[str, dict[str, tuple[int, int, int, int]]] = field(default_factory=dict)
    #: 95% bootstrap intervals per type: metric -> (low, high); filled by `bootstrap`
    intervals: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)

    @property
    def overall(self) -> TypeScore:
        total = TypeScore()
        for score in self.types.values():
            total.add(score)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles_scored": self.articles_scored,
            "all_segments": self.all_segments,
            "gold_without_article": self.gold_without_article,
            "articles_without_gold": self.articles_without_gold,
            "types": {t: s.as_dict() for t, s in self.types.items()},
            "overall": self.overall.as_dict(),
            "intervals_95": {
                t: {m: [round(lo, 4), round(hi, 4)] for m, (lo, hi) in ms.items()}
                for t, ms in self.intervals.items()
            },
            "issues": [i.__dict__ for i in self.issues],
        }


def _line(name: str, s: TypeScore) -> str:
    fields = "  ".join(f"{k}={ratio(r, n):.2f} ({r}/{n})" for k, (r, n) in s.fields.items())
    return (
        f"{name:<9} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} strict_F1={s.strict_f1:.3f}"
        f"  tp={s.tp} fp={s.fp} fn={s.fn}" + (f"  {fields}" if fields else "")
    )


def render(report: EvaluationReport, fmt: str = "text", show: bool = False) -> str:
    """The report as a few text lines (issues too with `show`) or as one JSON document."""
    if fmt == "json":
        data = report.as_dict()
        if not show:
            data.pop("issues")
        return json.dumps(data, indent=2, ensure_ascii=False, default=str)
    scope = "all segments" if report.all_segments else "body only"
    lines = [f"evaluate: {report.articles_scored} article(s) scored ({scope})"]
    if report.gold_without_article:
        lines.append(
            f"warning: no article in the data for gold {', '.join(report.gold_without_article)}"
        )
    if report.articles_without_gold:
        lines.append(
            f"note: {report.articles_without_gold} article(s) without gold were not scored"
        )
    lines += [_line(t, s) for t, s in report.types.items()]
    lines.append(_line("overall", report.overall) + "  (micro-averaged)")
    for t, ms in report.intervals.items():
        cells = "  ".join(f"{m} [{lo:.3f}, {hi:.3f}]" for m, (lo, hi) in ms.items())
        lines.append(f"{t:<9} 95% CI over articles: {cells}")
    if show:
        lines += [i.render() for i in report.issues]
    return "\n".join(lines)
