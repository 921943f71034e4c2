"""Exported annotations -> table rows -> majority verdicts, without a server."""

from __future__ import annotations

import json
from typing import Any

from annotation.pull import PullReport, annotation_rows, majority, pseudonym, verdict_rows

TASK: dict[str, Any] = {"id": 7, "data": {"claim_id": "0123456789abcdef", "claim_type": "quantity"}}


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


def test_rows_record_corrections_skips_and_pseudonyms() -> None:
    users = {1: {"email": "Someone@Example.org"}, 2: {"email": "other@example.org"}}
    task = {
        **TASK,
        "annotations": [
            ann(
                1,
                1,
                [
                    ch("extraction", "corrected"),
                    ch("claim_type", "quantity"),
                    {
                        "from_name": "quantity_unit",
                        "type": "textarea",
                        "value": {"text": ["tonnes"]},
                    },
                    {
                        "from_name": "sanction_authorities",
                        "type": "textarea",
                        "value": {"text": ["EU; UK"]},
                    },
                ],
            ),
            ann(2, 2, [], cancelled=True),
            ann(3, 2, [ch("verdict", "supported")]),  # no extraction: left out and counted
        ],
    }
    report = PullReport()
    rows = annotation_rows([task], users, report)
    assert report.incomplete == 1 and len(rows) == 2
    fixed, skipped = rows
    assert json.loads(fixed["corrected_fields"]) == {
        "quantity_unit": "tonnes",
        "sanction_authorities": ["EU", "UK"],
    }
    assert fixed["annotator"] == pseudonym({"email": "someone@example.org"}, 9)
    assert "example" not in fixed["annotator"]
    assert skipped["status"] == "skipped" and skipped["extraction"] is None
    assert fixed["updated_at"] > fixed["created_at"]


def test_majority_and_ties() -> None:
    assert majority(["a", "a", "b"]) == ("a", 2 / 3, False)
    assert majority(["a", "b"]) == (None, 0.5, True)
    assert majority([]) == (None, None, False)


def test_verdicts_single_majority_and_not_a_claim() -> None:
    def row(
        claim: str, extraction: str | None, verdict: str | None, status: str = "submitted"
    ) -> dict[str, Any]:
        return {"claim_id": claim, "extraction": extraction, "verdict": verdict, "status": status}

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
    assert out["c"] == {
        "claim_id": "c",
        "verdict": None,
        "extraction": None,
        "n_annotations": 0,
        "agreement": None,
        "method": None,
        "needs_adjudication": False,
    }
