"""Claim rows become tasks whose pre-annotated span is exactly the claim's words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from annotation.tasks import paragraph_bounds, reading, select, task_payload

TEXT = (
    "Title line\n\nFirst sentence. North Korea sent over 3 million artillery shells, it said.\n"
    "Last line.\n"
)


def quantity(**extra: Any) -> dict[str, Any]:
    start = TEXT.find("over 3 million")
    end = start + len("over 3 million artillery shells")
    return {
        "claim_id": "0123456789abcdef",
        "article_id": "fedcba9876543210",
        "claim_type": "quantity",
        "span_start": start,
        "span_end": end,
        "span_text": TEXT[start:end],
        "sentence_start": TEXT.find("North"),
        "sentence_end": TEXT.find("said.") + 5,
        "segment": "body",
        "hedge": "reported",
        "attribution": "the South Korean Foreign Ministry",
        "quantity_value": 3_000_000.0,
        "quantity_bound": "gt",
        "quantity_item": "artillery shells",
        "quantity_unit": None,
        "confidence": 0.8,
        "extractor": "x 1.0",
        **extra,
    }


ARTICLE = {
    "text": TEXT,
    "title": "Title line",
    "outlet": "The Outlet",
    "published": dt.date(2024, 4, 2),
}


def test_reading_in_plain_words() -> None:
    assert reading(quantity()) == (
        "more than 3,000,000 artillery shells — reported by the South Korean Foreign Ministry"
    )
    assert (
        reading(
            quantity(
                quantity_bound="range",
                quantity_low=2.5,
                quantity_high=3.0,
                attribution=None,
                hedge="estimated",
            )
        )
        == "between 2.5 and 3 artillery shells — estimated (no source named)"
    )
    date = {
        "claim_type": "date",
        "date_text": "on April 2",
        "date_start": dt.date(2024, 4, 2),
        "date_end": dt.date(2024, 4, 2),
        "hedge": "asserted",
        "attribution": None,
    }
    assert reading(date) == '"on April 2" = 2024-04-02 — stated (no source named)'
    sanction = {
        "claim_type": "sanction",
        "sanction_authorities": ["South Korea"],
        "sanction_status": "imposed",
        "sanction_targets": [{"kind": "vessel", "count": 2, "names": [], "nationality": "Russia"}],
        "sanction_date": dt.date(2024, 4, 2),
        "hedge": "reported",
        "attribution": "the ministry",
    }
    assert reading(sanction) == (
        "South Korea: sanctions imposed against 2 vessel(s) from Russia on 2024-04-02"
        " — reported by the ministry"
    )


def test_payload_span_points_into_the_paragraph() -> None:
    task = task_payload(quantity(), ARTICLE)
    data = task["data"]
    assert (
        data["paragraph"]
        == "First sentence. North Korea sent over 3 million artillery shells, it said."
    )
    region = task["predictions"][0]["result"][0]["value"]
    assert data["paragraph"][region["start"] : region["end"]] == "over 3 million artillery shells"
    assert data["claim_id"] == "0123456789abcdef"
    assert data["source_line"] == "The Outlet · 2024-04-02"
    assert task["predictions"][0]["model_version"] == "x 1.0"


def test_long_paragraph_falls_back_to_the_sentence() -> None:
    text = "a" * 3000 + " claim here. " + "b" * 3000
    start = text.find("claim")
    assert paragraph_bounds(text, start, start + 5) == (start, start + 5)


def test_select_filters_by_type_and_segment() -> None:
    rows = [quantity(claim_id=str(i), segment="body" if i % 2 else "caption") for i in range(6)]
    rows.append(quantity(claim_id="d", claim_type="date"))
    assert [r["claim_id"] for r in select(rows, segments=["caption"])] == ["0", "2", "4"]
    assert [r["claim_id"] for r in select(rows, types=["date"])] == ["d"]
