"""Validation a batch at a time: the same failures as whole-table validation, with row numbers
counted across batches and shards, and cross-table rules that hold only one batch's texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import store
from claims.ids import article_id, claim_id
from claims.validate import streaming
from claims.validate.tables import validate
from schemas.tables import blank_row

SENTENCE = "The ministry said 40 trucks crossed the border."


def _folder(tmp_path: Path, n: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    articles, claims = [], []
    for i in range(n):
        text = f"Report {i}.\n{SENTENCE}"
        aid = article_id(text)
        articles.append(
            blank_row(
                "articles",
                article_id=aid,
                source=f"{i}.txt",
                text=text,
                segments=[{"kind": "body", "start": 0, "end": len(text)}],
                content_sha256="0" * 64,
            )
        )
        s = text.index(SENTENCE)
        a = text.index("40 trucks")
        claims.append(
            blank_row(
                "claims",
                claim_id=claim_id(aid, "quantity", a, a + 9),
                article_id=aid,
                claim_type="quantity",
                span_start=a,
                span_end=a + 9,
                span_text="40 trucks",
                sentence_start=s,
                sentence_end=s + len(SENTENCE),
                sentence=SENTENCE,
                segment="body",
                hedge="reported",
                quantity_value=40.0,
                quantity_bound="eq",
                quantity_item="trucks",
                confidence=0.9,
                extractor="test",
            )
        )
    return articles, claims


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streaming, "BATCH_ROWS", {"articles": 7})
    monkeypatch.setattr(streaming, "DEFAULT_BATCH", 10)
    monkeypatch.setattr(streaming, "CACHED_GROUPS", 1)
    monkeypatch.setattr(store, "ROW_GROUPS", {"articles": 5})


def _failures(report: object) -> dict[tuple[str, str, str], list[int]]:
    return {
        (t.table, f.column, f.check): f.rows
        for t in report.tables  # type: ignore[attr-defined]
        for f in t.failures
    }


def test_valid_sharded_folder(tmp_path: Path, small_batches: None) -> None:
    articles, claims = _folder(tmp_path, 40)
    store.write_table("articles", articles, tmp_path)
    for i in range(4):
        part = store.to_arrow("claims", claims[i * 10 : (i + 1) * 10])
        store.write_shard(part, tmp_path / "claims", i, {})
    report = validate([tmp_path], progress=False)
    assert report.ok, _failures(report)
    assert [(t.table, t.rows) for t in report.tables] == [("articles", 40), ("claims", 40)]
    assert report.tables[1].path == str(tmp_path / "claims")


def test_failures_carry_table_row_numbers_across_batches(
    tmp_path: Path, small_batches: None
) -> None:
    articles, claims = _folder(tmp_path, 40)
    claims[33]["span_text"] = "41 trucks"  # not the article's text there
    claims[25]["article_id"] = "ffffffffffffffff"  # no such article
    claims[37]["claim_id"] = claims[2]["claim_id"]  # a duplicate in another batch
    claims[12]["confidence"] = 3.0  # a per-row check in the second batch
    store.write_table("articles", list(reversed(articles)), tmp_path)  # articles in any order
    store.write_table("claims", claims, tmp_path)
    failures = _failures(validate([tmp_path], progress=False))
    assert failures[("claims", "span_text", "span_text_is_article_text")] == [33]
    assert failures[("claims", "article_id", "article_exists")] == [25]
    assert failures[("claims", "claim_id", "field_uniqueness")] == [2, 37]
    assert failures[("claims", "confidence", "less_than_or_equal_to(1.0)")] == [12]


def test_same_report_as_one_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles, claims = _folder(tmp_path, 30)
    claims[3]["sentence"] = "Something else."
    claims[20]["claim_id"] = claims[21]["claim_id"]
    store.write_table("articles", articles, tmp_path)
    store.write_table("claims", claims, tmp_path)
    whole = _failures(validate([tmp_path], progress=False))
    monkeypatch.setattr(streaming, "DEFAULT_BATCH", 4)
    monkeypatch.setattr(streaming, "BATCH_ROWS", {"articles": 3})
    assert _failures(validate([tmp_path], progress=False)) == whole
    assert whole[("claims", "claim_id", "field_uniqueness")] == [20, 21]


def test_annotations_naming_unknown_claims(tmp_path: Path, small_batches: None) -> None:
    _, claims = _folder(tmp_path, 12)
    store.write_table("claims", claims, tmp_path)
    h = streaming.hashes([str(c["claim_id"]) for c in claims])
    failures = streaming.FailureSet("verdicts")
    located = store.Located("claims", tmp_path / "claims.parquet", [tmp_path / "claims.parquet"])
    streaming.check_keyed("claims", located, h[:5], failures)
    assert [f.rows for f in failures.list()] == [list(range(5, 12))]
