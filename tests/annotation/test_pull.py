"""Exported annotations -> table rows -> verdicts, without a server."""

from __future__ import annotations

import json
from typing import Any

from annotation.pull import (
    adjudications,
    judgments,
    majority,
    pseudonym,
    verdict_rows,
)

MACHINE = {
    "subject": "",
    "predicate": "",
    "attribution": "the ministry",
    "hedge": "reported",
    "quantity_value": "40000",
    "quantity_bound": "eq",
    "quantity_low": "",
    "quantity_high": "",
    "quantity_unit": "tonnes",
    "quantity_item": "grain",
}
TASK: dict[str, Any] = {
    "id": 7,
    "data": {
        "claim_id": "0123456789abcdef",
        "claim_type": "quantity",
        "article_id": "fedcba9876543210",
        "paragraph": "The port said 12 ships left and 40,000 tonnes of grain were loaded.",
        "offset": 100,
        "span_start": 132,
        "span_end": 155,
        "machine": MACHINE,
    },
}


def ann(i: int, user: int, result: list[dict[str, Any]], cancelled: bool = False) -> dict[str, Any]:
    return {
        "id": i,
        "completed_by": user,
        "result": result,
        "was_cancelled": cancelled,
        "lead_time": 3.0,
        "created_at": "2026-01-01T10:00:00Z",
        "updated_at": "2026-01-01T10:05:00.5Z",
    }


def ch(name: str, value: str) -> dict[str, Any]:
    return {"from_name": name, "type": "choices", "value": {"choices": [value]}}


def box(name: str, text: str) -> dict[str, Any]:
    return {"from_name": name, "type": "textarea", "value": {"text": [text]}}


def mark(label: str, start: int, end: int, rid: str = "r1") -> dict[str, Any]:
    text = TASK["data"]["paragraph"][start:end]
    return {
        "id": rid,
        "from_name": "span",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [label]},
    }


SPAN = mark("claim", 32, 55, "span")  # "40,000 tonnes of grain"


def prefilled(**edits: str) -> list[dict[str, Any]]:
    """What the screen submits: every pre-filled box, some edited, and the claim's span."""
    values = {k: v for k, v in MACHINE.items() if v} | edits
    return [SPAN, *(box(k, v) for k, v in values.items())]


def export(*annotations: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**TASK, "annotations": list(annotations)}]


def test_a_correction_keeps_only_what_changed_typed() -> None:
    result = [
        ch("extraction", "corrected"),
        ch("claim_type", "quantity"),
        *prefilled(quantity_value="41,500", quantity_unit="-", quantity_item="wheat"),
    ]
    found = judgments(export(ann(1, 1, result)), {1: {"email": "Someone@Example.org"}})
    row = found.rows[0]
    assert json.loads(row["corrected_fields"]) == {
        "quantity_value": 41500.0,
        "quantity_unit": None,
        "quantity_item": "wheat",
    }
    assert row["annotator"] == pseudonym({"email": "someone@example.org"}, 9)
    assert "example" not in row["annotator"]
    assert found.report.dropped == []


def test_span_fix_and_bad_values_are_reported_not_stored() -> None:
    moved = mark("claim", 32, 45, "span")  # "40,000 tonnes"
    result = [
        ch("extraction", "corrected"),
        moved,
        box("quantity_value", "forty"),
        box("hedge", "sure"),
        box("evidence_urls", "https://example.org/a\nthe ministry site"),
    ]
    found = judgments(export(ann(1, 1, result)), {})
    fixed = json.loads(found.rows[0]["corrected_fields"])
    assert fixed == {"span_start": 132, "span_end": 145, "span_text": "40,000 tonnes"}
    assert list(found.rows[0]["evidence_urls"]) == ["https://example.org/a"]
    dropped = "\n".join(found.report.dropped)
    assert "quantity_value: 'forty' is not a number" in dropped
    assert "hedge: 'sure' is not one of" in dropped
    assert "evidence 'the' is not an http(s) URL" in dropped


def test_corrected_without_a_change_is_left_out_and_counted() -> None:
    found = judgments(export(ann(1, 1, [ch("extraction", "corrected"), *prefilled()])), {})
    assert found.rows == [] and found.report.unchanged == 1


def test_missed_claims_get_article_offsets_and_checked_fields() -> None:
    missed = mark("missed_quantity", 14, 22, "m1")  # "12 ships"
    fields = {
        "id": "m1",
        "from_name": "missed_fields",
        "type": "textarea",
        "value": {
            "start": 14,
            "end": 22,
            "text": ["quantity_value: 12\nquantity_item: ships\ncolour: red"],
        },
    }
    result = [ch("extraction", "correct"), SPAN, missed, fields]
    found = judgments(export(ann(5, 1, result)), {})
    (row,) = found.missed
    assert (row["span_start"], row["span_end"], row["span_text"]) == (114, 122, "12 ships")
    assert row["claim_type"] == "quantity" and row["article_id"] == "fedcba9876543210"
    assert json.loads(row["fields"]) == {"quantity_value": 12.0, "quantity_item": "ships"}
    assert any("colour" in d for d in found.report.dropped)


def test_skips_and_incomplete_judgments() -> None:
    found = judgments(
        export(
            ann(2, 2, [SPAN], cancelled=True),
            ann(3, 2, [ch("verdict", "supported")]),  # no extraction: left out and counted
        ),
        {},
    )
    assert found.report.incomplete == 1 and len(found.rows) == 1
    assert found.rows[0]["status"] == "skipped" and found.rows[0]["extraction"] is None
    assert verdict_rows(found.rows) == []  # a claim only skipped has no verdict


def test_majority_and_ties() -> None:
    assert majority(["a", "a", "b"]) == ("a", 2 / 3, False)
    assert majority(["a", "b"]) == (None, 0.5, True)
    assert majority([]) == (None, None, False)


def row(
    claim: str, extraction: str | None, verdict: str | None, status: str = "submitted"
) -> dict[str, Any]:
    return {"claim_id": claim, "extraction": extraction, "verdict": verdict, "status": status}


def test_verdicts_single_majority_and_not_a_claim() -> None:
    rows = [
        row("a", "correct", "supported"),
        row("b", "not_a_claim", None),
        row("b", "not_a_claim", None),
        row("b", "correct", "refuted"),
        row("c", None, None, "skipped"),
    ]
    out = {v["claim_id"]: v for v in verdict_rows(rows)}
    assert out["a"]["method"] == "single" and out["a"]["agreement"] == 1.0
    assert out["b"]["extraction"] == "not_a_claim" and out["b"]["verdict"] == "refuted"
    assert out["b"]["method"] == "majority" and out["b"]["n_annotations"] == 3
    assert "c" not in out


def test_an_adjudicated_tie_takes_the_leads_decision() -> None:
    rows = [row("d", "correct", "supported"), row("d", "correct", "refuted")]
    assert verdict_rows(rows)[0]["needs_adjudication"]
    lead = [
        {
            **TASK,
            "data": {**TASK["data"], "claim_id": "d"},
            "annotations": [
                ann(9, 4, [ch("extraction", "correct"), ch("verdict", "refuted"), SPAN])
            ],
        }
    ]
    (v,) = verdict_rows(rows, adjudications(lead, {}))
    assert (v["verdict"], v["method"], v["needs_adjudication"]) == ("refuted", "adjudicated", False)
    assert v["n_annotations"] == 2
