"""Intervals over articles: they hold the point estimate, narrow with more articles, repeat exactly."""

from __future__ import annotations

from claims.evaluate.bootstrap import bootstrap
from claims.evaluate.report import EvaluationReport


def report_of(articles: int) -> EvaluationReport:
    """Half the articles perfect, half with one miss and one false positive in three claims."""
    report = EvaluationReport()
    for i in range(articles):
        counts = (3, 0, 0, 3) if i % 2 else (2, 1, 1, 1)
        report.per_article[f"a{i}.txt"] = {"quantity": counts}
        score = report.types["quantity"]
        score.tp, score.fp = score.tp + counts[0], score.fp + counts[1]
        score.fn, score.strict_tp = score.fn + counts[2], score.strict_tp + counts[3]
    return report


def test_the_interval_holds_the_point_estimate_and_narrows_with_more_articles() -> None:
    small, large = report_of(6), report_of(60)
    bootstrap(small, 500)
    bootstrap(large, 500)
    for report in (small, large):
        low, high = report.intervals["quantity"]["f1"]
        assert low <= report.types["quantity"].f1 <= high
        assert report.intervals["overall"]["strict_f1"][0] <= report.overall.strict_f1
    width = {
        id(r): r.intervals["quantity"]["f1"][1] - r.intervals["quantity"]["f1"][0]
        for r in (small, large)
    }
    assert width[id(large)] < width[id(small)]


def test_the_same_report_gives_the_same_interval() -> None:
    first, second = report_of(10), report_of(10)
    bootstrap(first, 300)
    bootstrap(second, 300)
    assert first.intervals == second.intervals
    assert set(first.intervals) == {"quantity", "overall"}
