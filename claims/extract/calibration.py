"""Calibrated confidences: the rules give each claim a rank (a hand-set number per rule branch:
0.85 for a quantity whose item is its own noun, 0.6 for an unresolved date...); the components turn
the rank into the share of that rule branch's predictions that matched a gold claim on the
development sets, read from claims/data/confidence.json.

`measure` counts, per claim type and rank, predictions and the ones matched to a sure gold claim
(body and title, matched one to one as `claims evaluate` does; a prediction taken by an `unsure` gold
claim counts neither way). `table` turns the counts into Laplace-smoothed shares,
(matched + 1) / (predicted + 2), so a rank seen a few times stays near 0.5 rather than 0 or 1.
Rebuild the file with `scripts/calibrate.py` after the rules change; a rank the file does not know
is passed through unchanged.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from claims.resources import load_data

log = logging.getLogger(__name__)

#: The packaged calibration the components read by default; "" keeps the ranks.
DEFAULT = "confidence"
SCORED_SEGMENTS = ("body", "title")

Counts = dict[str, dict[str, list[int]]]  # claim type -> rank -> [matched, predicted]


def rank_key(rank: float) -> str:
    return f"{rank:g}"


@cache
def _table(name: str) -> dict[str, dict[str, Any]]:
    try:
        data: dict[str, dict[str, Any]] = load_data(name)["types"]
    except FileNotFoundError:
        log.warning("no calibration file %r: confidences are the rules' ranks", name)
        return {}
    return data


def calibrated(claim_type: str, rank: float, name: str = DEFAULT) -> float:
    """The calibrated confidence of a rank, or the rank itself when it was never measured."""
    if not name:
        return rank
    entry = _table(name).get(claim_type, {}).get(rank_key(rank))
    return float(entry["confidence"]) if entry else rank


def measure(data_dir: str | Path, gold_dir: str | Path, counts: Counts) -> None:
    """Add the predictions of DATA/claims.parquet, matched against the gold, to `counts`."""
    from claims import store
    from claims.evaluate.gold import locate, read_gold
    from claims.evaluate.matching import Span, match

    data = Path(data_dir)
    articles = {
        Path(a["source"]).name: a
        for a in store.iter_rows(data / "articles.parquet", ["article_id", "source", "text"])
    }
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.iter_rows(data / "claims.parquet"):
        if row.get("segment") in SCORED_SEGMENTS:
            rows[row["article_id"]].append(row)
    for gold in read_gold(gold_dir):
        article = articles.get(gold.file)
        if article is None:
            continue
        text = article["text"]
        for claim_type in ("quantity", "date", "sanction"):
            claims = [c for c in gold.claims if c.type == claim_type and c.in_body]
            spans = [locate(text, c.anchor, c.occurrence) for c in claims]
            sure = [Span(s[0], s[1], i) for i, s in enumerate(spans) if s and not claims[i].unsure]
            unsure = [Span(s[0], s[1], i) for i, s in enumerate(spans) if s and claims[i].unsure]
            preds = [r for r in rows[article["article_id"]] if r["claim_type"] == claim_type]
            p_spans = [Span(r["span_start"], r["span_end"], i) for i, r in enumerate(preds)]
            hit = {pi for _, pi in match(sure, p_spans)}
            left = [p for p in p_spans if p.index not in hit]
            neither = {pi for _, pi in match(unsure, left)}
            for i, row in enumerate(preds):
                if i in neither:
                    continue
                tally = counts.setdefault(claim_type, {}).setdefault(
                    rank_key(row["confidence"]), [0, 0]
                )
                tally[0] += int(i in hit)
                tally[1] += 1


def table(counts: Counts) -> dict[str, dict[str, dict[str, Any]]]:
    """Per claim type and rank: the smoothed share matched, with the counts it comes from."""
    return {
        claim_type: {
            rank: {
                "confidence": round((matched + 1) / (predicted + 2), 3),
                "matched": matched,
                "predicted": predicted,
            }
            for rank, (matched, predicted) in sorted(ranks.items())
        }
        for claim_type, ranks in sorted(counts.items())
    }
