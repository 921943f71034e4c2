"""Each schema rule, one violation at a time, through the real Parquet round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from claims import store
from claims.validate.tables import validate


def _failures(tmp_path: Path, name: str, rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    path = store.write_table(name, rows, tmp_path)
    report = validate([path])
    return {(f.column, f.check) for t in report.tables for f in t.failures}


def test_valid_rows_pass(tmp_path: Path, rows: Any) -> None:
    claim = rows.claim()
    for name, row in [
        ("articles", rows.article()),
        ("claims", claim),
        ("annotations", rows.annotation(claim["claim_id"])),
        ("verdicts", rows.verdict(claim["claim_id"])),
    ]:
        assert _failures(tmp_path / name, name, [row]) == set()


CLAIM_BREAKS = [
    ({"claim_type": "opinion"}, "claim_type"),
    ({"segment": "sidebar"}, "segment"),
    ({"hedge": "maybe"}, "hedge"),
    ({"quantity_bound": "about"}, "quantity_bound"),
    ({"confidence": 1.5}, "confidence"),
    ({"claim_id": "not-hex"}, "claim_id"),
    ({"quantity_item": None}, "quantity_has_value_bound_item"),
    ({"quantity_bound": "range", "quantity_low": 1.0}, "range_has_low_and_high"),
    ({"quantity_low": 5e6, "quantity_high": 6e6}, "low_le_value_le_high"),
    ({"claim_type": "date", "date_text": None}, "date_has_date_text"),
    (
        {
            "claim_type": "date",
            "date_text": "May 3",
            "date_start": dt.date(2024, 5, 4),
            "date_end": dt.date(2024, 5, 3),
        },
        "date_start_le_date_end",
    ),
    ({"claim_type": "sanction", "sanction_status": "imposed"}, "sanction_has_authority_and_status"),
    (
        {"sanction_targets": [{"kind": "ship", "count": 2, "names": [], "nationality": None}]},
        "targets_well_formed",
    ),
    ({"span_start": 0}, "span_inside_sentence"),
    ({"span_text": "over 3 million shellz"}, "span_text_matches_sentence"),
]


@pytest.mark.parametrize(("change", "check"), CLAIM_BREAKS, ids=[c for _, c in CLAIM_BREAKS])
def test_claims_rule_rejects_one_violation(
    tmp_path: Path, rows: Any, change: dict[str, Any], check: str
) -> None:
    found = _failures(tmp_path, "claims", [rows.claim(**change)])
    assert any(check in (column, name) or name.startswith(check) for column, name in found), found


def test_claim_ids_unique(tmp_path: Path, rows: Any) -> None:
    found = _failures(tmp_path, "claims", [rows.claim(), rows.claim()])
    assert ("claim_id", "field_uniqueness") in found


def test_article_segments_inside_text(tmp_path: Path, rows: Any) -> None:
    row = rows.article()
    row["segments"] = [{"kind": "body", "start": 0, "end": len(row["text"]) + 5}]
    assert ("(table)", "segments_ordered_and_inside_text") in _failures(tmp_path, "articles", [row])


def test_article_segment_kind_known(tmp_path: Path, rows: Any) -> None:
    row = rows.article()
    row["segments"] = [{"kind": "sidebar", "start": 0, "end": 5}]
    assert ("(table)", "segments_ordered_and_inside_text") in _failures(tmp_path, "articles", [row])


def test_article_empty_text_rejected(tmp_path: Path, rows: Any) -> None:
    row = rows.article()
    row["text"], row["segments"] = "", []
    assert any(c == "text" for c, _ in _failures(tmp_path, "articles", [row]))


ANNOTATION_BREAKS = [
    ({"status": "cancelled"}, "status"),
    ({"extraction": None}, "submitted_has_extraction"),
    ({"verdict": "true"}, "verdict"),
    ({"extraction": "corrected"}, "corrected_has_fields"),
    ({"evidence_urls": ["ministry website"]}, "evidence_urls_are_urls"),
    ({"updated_at": dt.datetime(2024, 5, 1, tzinfo=dt.UTC)}, "updated_not_before_created"),
    ({"lead_time": -1.0}, "lead_time"),
]


@pytest.mark.parametrize(
    ("change", "check"), ANNOTATION_BREAKS, ids=[c for _, c in ANNOTATION_BREAKS]
)
def test_annotations_rule(tmp_path: Path, rows: Any, change: dict[str, Any], check: str) -> None:
    found = _failures(
        tmp_path, "annotations", [rows.annotation(rows.claim()["claim_id"], **change)]
    )
    assert any(check in (column, name) for column, name in found), found


VERDICT_BREAKS = [
    ({"agreement": 1.2}, "agreement"),
    ({"method": None}, "resolved_verdict_has_method"),
    ({"n_annotations": 3}, "single_method_has_one_annotation"),
    ({"verdict": "probably"}, "verdict"),
]


@pytest.mark.parametrize(("change", "check"), VERDICT_BREAKS, ids=[c for _, c in VERDICT_BREAKS])
def test_verdicts_rule(tmp_path: Path, rows: Any, change: dict[str, Any], check: str) -> None:
    found = _failures(tmp_path, "verdicts", [rows.verdict(rows.claim()["claim_id"], **change)])
    assert any(check in (column, name) for column, name in found), found


def test_cross_table_rules(tmp_path: Path, rows: Any) -> None:
    store.write_table("articles", [rows.article()], tmp_path)
    claim = rows.claim()
    orphan = rows.claim(
        text="Another text entirely.\n\nOfficials said on May 3 that over 3 million shells went north."
    )
    store.write_table("claims", [claim, orphan], tmp_path)
    store.write_table("verdicts", [rows.verdict("0123456789abcdef")], tmp_path)
    report = validate([tmp_path])
    found = {(t.table, f.check): f.rows for t in report.tables for f in t.failures}
    assert found[("claims", "article_exists")] == [1]
    assert ("verdicts", "claim_exists") in found


def test_span_must_be_article_text(tmp_path: Path, rows: Any) -> None:
    article = rows.article()
    store.write_table("articles", [article], tmp_path)
    # Shift both offsets: the row is consistent with its own sentence but not with the article.
    claim = rows.claim()
    claim.update(
        span_start=claim["span_start"] + 1,
        span_end=claim["span_end"] + 1,
        sentence_start=claim["sentence_start"] + 1,
        sentence_end=claim["sentence_end"] + 1,
    )
    store.write_table("claims", [claim], tmp_path)
    checks = {f.check for t in validate([tmp_path]).tables for f in t.failures}
    assert {"span_text_is_article_text", "sentence_is_article_text"} <= checks


def test_the_claim_row_record_names_every_column_of_the_table() -> None:
    from schemas.claims import ARROW_SCHEMA, ClaimRow

    assert set(ARROW_SCHEMA.names) <= set(ClaimRow.__annotations__)
    assert set(ClaimRow.__annotations__) - set(ARROW_SCHEMA.names) == {
        "restated",
        "elsewhere",
        "holdings",
    }
