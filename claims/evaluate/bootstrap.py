"""95% intervals of F1 and strict F1 by resampling articles (the unit a test set is drawn in).

Claims within one article are not independent draws, so the interval comes from a percentile
bootstrap over articles: resample the scored articles with replacement, rescore, repeat.
"""

from __future__ import annotations

import numpy as np

from claims.evaluate.report import EvaluationReport
from schemas.enums import CLAIM_TYPES


def _scores(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """F1 and strict F1 of each resample; counts has shape (resamples, 4): tp, fp, fn, strict."""
    tp, fp, fn, strict = (counts[:, i].astype(float) for i in range(4))
    with np.errstate(invalid="ignore", divide="ignore"):
        p, r = tp / (tp + fp), tp / (tp + fn)
        sp, sr = strict / (tp + fp), strict / (tp + fn)
        f = np.nan_to_num(2 * p * r / (p + r))
        sf = np.nan_to_num(2 * sp * sr / (sp + sr))
    return f, sf


def bootstrap(report: EvaluationReport, resamples: int = 2000, seed: int = 0) -> None:
    """Fill `report.intervals` per claim type and overall (fixed seed: the same run, the same CI)."""
    articles = sorted(report.per_article)
    if not articles or resamples < 1:
        return
    seen = {t for counts in report.per_article.values() for t in counts}
    types = [t for t in CLAIM_TYPES if t in seen]
    table = np.array(
        [[report.per_article[a].get(t, (0, 0, 0, 0)) for t in types] for a in articles]
    )  # articles x types x 4
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(articles), size=(resamples, len(articles)))
    sampled = table[picks].sum(axis=1)  # resamples x types x 4
    for j, claim_type in enumerate([*types, "overall"]):
        counts = sampled.sum(axis=1) if claim_type == "overall" else sampled[:, j, :]
        f, sf = _scores(counts)
        report.intervals[claim_type] = {
            "f1": (float(np.percentile(f, 2.5)), float(np.percentile(f, 97.5))),
            "strict_f1": (float(np.percentile(sf, 2.5)), float(np.percentile(sf, 97.5))),
        }
