"""Valid rows of every table; each schema test breaks exactly one rule of one of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

TEXT = (
    "Seoul sanctions two firms.\n\nOfficials said on May 3 that over 3 million shells went north."
)


def article_row(text: str = TEXT) -> dict[str, Any]:
    from claims.ids import article_id

    return {
        "article_id": article_id(text),
        "source": "a.txt",
        "url": None,
        "title": "Seoul sanctions two firms",
        "outlet": None,
        "authors": ["Jane Roe"],
        "published": dt.date(2024, 5, 10),
        "text": text,
        "segments": [
            {"kind": "title", "start": 0, "end": 26},
            {"kind": "body", "start": 28, "end": len(text)},
        ],
        "content_sha256": "0" * 64,
    }


def claim_row(text: str = TEXT, **changes: Any) -> dict[str, Any]:
    from claims.ids import article_id, claim_id

    aid = article_id(text)
    sentence = "Officials said on May 3 that over 3 million shells went north."
    s0 = text.index(sentence)
    span = "over 3 million shells"
    a = text.index(span)
    row = {
        "claim_id": claim_id(aid, "quantity", a, a + len(span)),
        "article_id": aid,
        "claim_type": "quantity",
        "span_start": a,
        "span_end": a + len(span),
        "span_text": span,
        "sentence_start": s0,
        "sentence_end": s0 + len(sentence),
        "sentence": sentence,
        "segment": "body",
        "subject": "shells",
        "predicate": "went north",
        "attribution": "Officials",
        "hedge": "reported",
        "quantity_value": 3e6,
        "quantity_low": None,
        "quantity_high": None,
        "quantity_bound": "gt",
        "quantity_unit": None,
        "quantity_item": "shells",
        "date_text": None,
        "date_start": None,
        "date_end": None,
        "date_granularity": None,
        "date_unresolved_reason": None,
        "sanction_authorities": [],
        "sanction_status": None,
        "sanction_targets": [],
        "sanction_date": None,
        "confidence": 0.9,
        "extractor": "claims 0.1.0; test",
    }
    row.update(changes)
    return row


def annotation_row(claim_id: str, **changes: Any) -> dict[str, Any]:
    t = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
    row = {
        "annotation_id": "ann-1",
        "claim_id": claim_id,
        "task_id": 7,
        "annotator": "annotator-1a2b",
        "status": "submitted",
        "extraction": "correct",
        "verdict": "supported",
        "corrected_fields": None,
        "evidence_urls": ["https://example.org/statement"],
        "rationale": "Matches the ministry statement.",
        "created_at": t,
        "updated_at": t,
        "lead_time": 12.5,
    }
    row.update(changes)
    return row


def verdict_row(claim_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "claim_id": claim_id,
        "verdict": "supported",
        "extraction": "correct",
        "n_annotations": 1,
        "agreement": 1.0,
        "method": "single",
        "needs_adjudication": False,
    }
    row.update(changes)
    return row


@pytest.fixture
def rows() -> Any:
    """The row builders, so tests can make valid rows and break one thing."""

    class Rows:
        article = staticmethod(article_row)
        claim = staticmethod(claim_row)
        annotation = staticmethod(annotation_row)
        verdict = staticmethod(verdict_row)
        text = TEXT

    return Rows
