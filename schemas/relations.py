"""Rules that span two tables: a claim's article must exist and its span must be its text."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Failure:
    """Rows of one table that break one cross-table rule."""

    table: str
    column: str
    check: str
    rows: list[int]
    examples: list[str]


def _failure(
    table: str, column: str, check: str, mask: pd.Series, show: pd.Series
) -> list[Failure]:
    bad = mask[mask].index
    if len(bad) == 0:
        return []
    examples = [str(v) for v in show.loc[bad[:5]]]
    return [Failure(table, column, check, [int(i) for i in bad], examples)]


def claims_against_articles(claims: pd.DataFrame, articles: pd.DataFrame) -> list[Failure]:
    """Every claim's article exists, and span_text and sentence equal the article's text there."""
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    missing = ~claims["article_id"].isin(texts.keys())
    out = _failure("claims", "article_id", "article_exists", missing, claims["article_id"])
    ok_span: list[bool] = []
    ok_sentence: list[bool] = []
    rows = zip(
        claims["article_id"],
        claims["span_start"],
        claims["span_end"],
        claims["span_text"],
        claims["sentence_start"],
        claims["sentence_end"],
        claims["sentence"],
        strict=True,
    )
    for article_id, a, b, span, sa, sb, sentence in rows:
        text = texts.get(article_id)
        ok_span.append(text is None or text[a:b] == span)
        ok_sentence.append(text is None or text[sa:sb] == sentence)
    span_bad = ~pd.Series(ok_span, index=claims.index, dtype=bool)
    sent_bad = ~pd.Series(ok_sentence, index=claims.index, dtype=bool)
    out += _failure(
        "claims", "span_text", "span_text_is_article_text", span_bad, claims["claim_id"]
    )
    out += _failure("claims", "sentence", "sentence_is_article_text", sent_bad, claims["claim_id"])
    return out


def keyed_by_claims(table: str, frame: pd.DataFrame, claims: pd.DataFrame) -> list[Failure]:
    """Annotations and verdicts only speak of claims that exist."""
    missing = ~frame["claim_id"].isin(set(claims["claim_id"]))
    return _failure(table, "claim_id", "claim_exists", missing, frame["claim_id"])


def missed_against_articles(missed: pd.DataFrame, articles: pd.DataFrame) -> list[Failure]:
    """A claim an annotator added names an article that exists, and its span is that text."""
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    missing = ~missed["article_id"].isin(texts.keys())
    out = _failure("missed_claims", "article_id", "article_exists", missing, missed["article_id"])
    rows = zip(
        missed["article_id"],
        missed["span_start"],
        missed["span_end"],
        missed["span_text"],
        strict=True,
    )
    ok = [
        (text := texts.get(article_id)) is None or text[a:b] == span
        for article_id, a, b, span in rows
    ]
    bad = ~pd.Series(ok, index=missed.index, dtype=bool)
    out += _failure(
        "missed_claims", "span_text", "span_text_is_article_text", bad, missed["missed_id"]
    )
    return out
