"""`claims evaluate`: score claims.parquet against gold files (CLAIMS.md): detection P/R/F1
per type, field accuracy on matched pairs, strict F1.

Matching: same article, same type, overlapping characters; one to one, largest overlap first.
Sure gold claims are matched first, so an `unsure` gold claim only absorbs predictions left over.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from claims import store
from claims.errors import InputError
from claims.evaluate.agreement import gold_as_rows
from claims.evaluate.fields import RULES, judge
from claims.evaluate.gold import GoldArticle, GoldClaim, locate, read_gold
from claims.evaluate.matching import Span, match
from claims.evaluate.report import EvaluationReport, Issue, TypeScore

log = logging.getLogger(__name__)

SCORED_SEGMENTS = ("body", "title")
ARTICLE_COLUMNS = ["article_id", "source", "text"]


def _article_index(articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Articles by source and by the source's file name (a unique basename only)."""
    index: dict[str, dict[str, Any]] = {}
    names: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for art in articles:
        names[Path(art["source"]).name].append(art)
    for name, arts in names.items():
        if len(arts) == 1:
            index[name] = arts[0]
    for art in articles:
        index[art["source"]] = art
    return index


def gold_spans(claims: list[GoldClaim], text: str) -> list[Span]:
    """Each gold claim's anchor located in the text (its index as the span's id); a missing anchor
    is an input error naming the gold file and line."""
    spans = []
    for i, claim in enumerate(claims):
        found = locate(text, claim.anchor, claim.occurrence)
        if found is None:
            nth = f" (occurrence {claim.occurrence})" if claim.occurrence > 1 else ""
            raise InputError(
                f"anchor {claim.anchor!r}{nth} not found in the article text",
                claim.path,
                claim.line,
            )
        spans.append(Span(found[0], found[1], i))
    return spans


class _Scorer:
    """Accumulates one report, article by article and type by type."""

    def __init__(self, report: EvaluationReport):
        self.report = report

    def article(self, gold: GoldArticle, text: str, preds: list[dict[str, Any]]) -> None:
        spans = gold_spans(gold.claims, text)  # every anchor is checked, kept or not
        keep = [i for i, c in enumerate(gold.claims) if c.in_body or self.report.all_segments]
        counts = self.report.per_article.setdefault(gold.file, {})
        for claim_type in RULES:
            s = self.report.types[claim_type]
            before = (s.tp, s.fp, s.fn, s.strict_tp)
            g_idx = [i for i in keep if gold.claims[i].type == claim_type]
            typed = [p for p in preds if p["claim_type"] == claim_type]
            self._type(
                claim_type, gold, [gold.claims[i] for i in g_idx], [spans[i] for i in g_idx], typed
            )
            after = (s.tp, s.fp, s.fn, s.strict_tp)
            counts[claim_type] = (
                after[0] - before[0],
                after[1] - before[1],
                after[2] - before[2],
                after[3] - before[3],
            )

    def _type(
        self,
        claim_type: str,
        gold: GoldArticle,
        claims: list[GoldClaim],
        spans: list[Span],
        preds: list[dict[str, Any]],
    ) -> None:
        score = self.report.types[claim_type]
        local = [Span(s.start, s.end, i) for i, s in enumerate(spans)]
        p_spans = [Span(p["span_start"], p["span_end"], i) for i, p in enumerate(preds)]
        sure = [s for s in local if not claims[s.index].unsure]
        pairs = match(sure, p_spans)
        taken = {pi for _, pi in pairs}
        unsure = [s for s in local if claims[s.index].unsure]
        unsure_pairs = match(unsure, [p for p in p_spans if p.index not in taken])
        score.unsure_matched += len(unsure_pairs)
        taken |= {pi for _, pi in unsure_pairs}
        for gi, pi in pairs:
            self._pair(score, gold.file, claims[gi], preds[pi])
        matched = {gi for gi, _ in pairs}
        for s in sure:
            if s.index not in matched:
                score.fn += 1
                self._issue("miss", gold.file, claims[s.index].type, claims[s.index].anchor)
        for i, pred in enumerate(preds):
            if i not in taken:
                score.fp += 1
                self._issue("false_positive", gold.file, claim_type, pred["span_text"])

    def _pair(self, score: TypeScore, file: str, claim: GoldClaim, pred: dict[str, Any]) -> None:
        score.tp += 1
        verdicts = judge(claim.type, claim.fields, pred)
        for name, (right, expected, got) in verdicts.items():
            tally = score.fields.setdefault(name, [0, 0])
            tally[0] += int(right)
            tally[1] += 1
            if not right:
                self.report.issues.append(
                    Issue("field", file, claim.type, claim.anchor, name, expected, got)
                )
        if all(v[0] for v in verdicts.values()):
            score.strict_tp += 1

    def _issue(self, kind: str, file: str, claim_type: str, text: str) -> None:
        self.report.issues.append(Issue(kind, file, claim_type, text))


def _read(path: Path, columns: list[str] | None = None) -> list[dict[str, Any]]:
    try:
        return list(store.iter_rows(path, columns))
    except KeyError as exc:
        raise InputError(f"missing column {exc}", path) from None


def evaluate(
    data_dir: str | Path,
    gold_dir: str | Path | None,
    all_segments: bool = False,
    gold_articles: list[GoldArticle] | None = None,
    second_gold: list[GoldArticle] | None = None,
) -> EvaluationReport:
    """Score DATA/claims.parquet against the gold folder (or gold built elsewhere, such as
    claims.evaluate.verified); body and title only by default. With `second_gold`, a second
    annotator's gold for the same pages is scored in place of the claims (their agreement)."""
    data = Path(data_dir)
    gold = gold_articles if gold_articles is not None else read_gold(gold_dir or "")
    articles = _read(data / "articles.parquet", ARTICLE_COLUMNS)
    report = EvaluationReport(all_segments=all_segments)
    index = _article_index(articles)
    if second_gold is None:
        claims = _read(data / "claims.parquet")
    else:  # only the pages both annotators did
        claims = gold_as_rows(second_gold, index)
        covered = {g.file for g in second_gold}
        gold = [g for g in gold if g.file in covered]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in claims:
        if all_segments or row.get("segment") in SCORED_SEGMENTS:
            by_article[row["article_id"]].append(row)
    scorer = _Scorer(report)
    scored: set[str] = set()
    for gold_article in gold:
        art = index.get(gold_article.file)
        if art is None:
            report.gold_without_article.append(gold_article.file)
            continue
        scorer.article(gold_article, art["text"], by_article.get(art["article_id"], []))
        scored.add(art["article_id"])
    report.articles_scored = len(scored)
    report.articles_without_gold = len({a["article_id"] for a in articles} - scored)
    log.info("evaluate: %d article(s) scored against %s", report.articles_scored, gold_dir or data)
    return report
