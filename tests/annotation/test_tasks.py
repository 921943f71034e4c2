"""Claim rows become tasks whose pre-annotated span is exactly the claim's words."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

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
    assert data["source_line"] == "The Outlet · 2024-04-02 · in the article body"
    assert task["predictions"][0]["model_version"] == "x 1.0"


def test_prediction_prefills_every_machine_value() -> None:
    task = task_payload(
        quantity(
            claim_type="sanction",
            sanction_authorities=["EU", "UK"],
            sanction_status="imposed",
            sanction_targets=[
                {"kind": "vessel", "count": 2, "names": ["Sea Star", "Polar"], "nationality": None},
                {"kind": "person", "count": None, "names": [], "nationality": "Russia"},
            ],
        ),
        ARTICLE,
    )
    filled = {
        r["from_name"]: r["value"].get("text", r["value"].get("choices"))
        for r in task["predictions"][0]["result"]
        if r["type"] != "labels"
    }
    assert filled["claim_type"] == ["sanction"]
    assert filled["sanction_authorities"] == ["EU\nUK"]
    assert filled["sanction_targets"] == ["vessel | 2 | Sea Star; Polar\nperson |  |  | Russia"]
    assert filled["attribution"] == ["the South Korean Foreign Ministry"]
    assert "subject" not in filled  # nothing to show, nothing stored
    assert task["data"]["machine"]["subject"] == ""


def test_long_paragraph_is_cut_around_the_claim_and_says_so() -> None:
    text = "Head\n" + "word " * 900 + "the claim here. " + "more " * 900 + "\n"
    start = text.find("the claim")
    left, right = paragraph_bounds(text, start, start + 9)
    assert right - left <= 2000 and left < start and right > start + 9
    assert text[left - 1] == " " and text[right] == " "
    claim = quantity(
        span_start=start,
        span_end=start + 9,
        span_text="the claim",
        sentence_start=start,
        sentence_end=start + 15,
    )
    task = task_payload(claim, {**ARTICLE, "text": text})
    assert "paragraph cut" in task["data"]["source_line"]
    region = task["predictions"][0]["result"][0]["value"]
    assert task["data"]["paragraph"][region["start"] : region["end"]] == "the claim"


def test_date_reading_names_the_source_once() -> None:
    date = {
        "claim_type": "date",
        "date_text": "on Monday",
        "date_start": dt.date(2024, 4, 1),
        "date_end": dt.date(2024, 4, 1),
        "subject": "the Foreign Ministry",
        "predicate": "reported",
        "hedge": "reported",
        "attribution": "the Foreign Ministry",
    }
    assert reading(date) == '"on Monday" = 2024-04-01 — reported by the Foreign Ministry'


def test_select_filters_by_type_and_segment() -> None:
    rows = [quantity(claim_id=str(i), segment="body" if i % 2 else "caption") for i in range(6)]
    rows.append(quantity(claim_id="d", claim_type="date"))
    assert [r["claim_id"] for r in select(rows, segments=["caption"])] == ["0", "2", "4"]
    assert [r["claim_id"] for r in select(rows, types=["date"])] == ["d"]
    assert [r["claim_id"] for r in select(rows)] == ["1", "3", "5", "d"]  # body and title


def test_a_change_and_a_rate_are_prefilled_and_checked_on_pull() -> None:
    from annotation.pull import Refused, parse_field

    task = task_payload(quantity(quantity_change="increase", quantity_per="day"), ARTICLE)
    filled = {r["from_name"]: r["value"].get("text") for r in task["predictions"][0]["result"]}
    assert filled["quantity_change"] == ["increase"] and filled["quantity_per"] == ["day"]
    assert parse_field("quantity_change", "decrease") == "decrease"
    with pytest.raises(Refused, match="not one of increase, decrease"):
        parse_field("quantity_change", "doubled")
