"""`claims evaluate --gold-from-annotations`: the extractor scored against what people verified."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from claims import store
from claims.cli.root import cli
from claims.evaluate.verified import verified_gold
from claims.ids import article_id, claim_id
from schemas.tables import blank_row

TEXT = (
    "Harbour traffic rises\n\n"
    "Officials said 14 tankers docked at the terminal last week. "
    "The harbour master counted 300 containers on the quay. "
    "Reporters saw 5 cranes idle. A clerk logged 60 trucks at the gate.\n"
)
WHEN = dt.datetime(2026, 1, 2, 10, 0, tzinfo=dt.UTC)


def quantity(aid: str, words: str, value: float, item: str) -> dict[str, Any]:
    start = TEXT.index(words)
    end = start + len(words)
    s0 = TEXT.rfind(". ", 0, start) + 2
    s1 = TEXT.index(".", end) + 1
    return blank_row(
        "claims",
        claim_id=claim_id(aid, "quantity", start, end),
        article_id=aid,
        claim_type="quantity",
        span_start=start,
        span_end=end,
        span_text=words,
        sentence_start=s0,
        sentence_end=s1,
        sentence=TEXT[s0:s1],
        segment="body",
        hedge="asserted",
        quantity_value=value,
        quantity_bound="eq",
        quantity_item=item,
        confidence=0.9,
        extractor="test 1.0",
    )


def judged(
    cid: str, n: int, extraction: str, fields: dict[str, Any] | None = None
) -> dict[str, Any]:
    return blank_row(
        "annotations",
        annotation_id=str(n),
        claim_id=cid,
        task_id=n,
        annotator="ann-0123456789abcdef",
        status="submitted",
        extraction=extraction,
        verdict="supported" if extraction != "not_a_claim" else None,
        corrected_fields=None if fields is None else json.dumps(fields),
        evidence_urls=[],
        created_at=WHEN,
        updated_at=WHEN,
    )


def build(data: Path) -> dict[str, str]:
    aid = article_id(TEXT)
    body = TEXT.index("Officials")
    store.write_table(
        "articles",
        [
            blank_row(
                "articles",
                article_id=aid,
                source="harbour.txt",
                title="Harbour traffic rises",
                authors=[],
                text=TEXT,
                segments=[
                    {"kind": "title", "start": 0, "end": body - 2},
                    {"kind": "body", "start": body, "end": len(TEXT)},
                ],
                content_sha256="0" * 64,
            )
        ],
        data,
    )
    claims = [
        quantity(aid, "14 tankers", 14, "tankers"),  # right
        quantity(aid, "300 containers", 30, "containers"),  # value corrected to 300
        quantity(aid, "5 cranes", 5, "cranes"),  # not a claim, say the annotators
        quantity(aid, "60 trucks", 60, "trucks"),  # nobody judged it: unsure
    ]
    store.write_table("claims", claims, data)
    ids = {c["span_text"]: c["claim_id"] for c in claims}
    rows = [
        judged(ids["14 tankers"], 1, "correct"),
        judged(ids["300 containers"], 2, "corrected", {"quantity_value": 300.0}),
        judged(ids["5 cranes"], 3, "not_a_claim"),
    ]
    store.write_table("annotations", rows, data)
    store.write_table(
        "verdicts",
        [
            blank_row(
                "verdicts",
                claim_id=r["claim_id"],
                verdict=r["verdict"],
                extraction=r["extraction"],
                n_annotations=1,
                agreement=1.0,
                method="single",
                needs_adjudication=False,
            )
            for r in rows
        ],
        data,
    )
    start = TEXT.index("last week")
    store.write_table(
        "missed_claims",
        [
            blank_row(
                "missed_claims",
                missed_id="00000000000000aa",
                article_id=aid,
                claim_type="date",
                span_start=start,
                span_end=start + len("last week"),
                span_text="last week",
                fields=json.dumps({"date_start": "2025-12-22", "date_end": "2025-12-28"}),
                annotator="ann-0123456789abcdef",
                created_at=WHEN,
                annotation_id="1",
                claim_id=ids["14 tankers"],
            )
        ],
        data,
    )
    return ids


def test_verified_gold_applies_corrections_and_adds_missed_claims(tmp_path: Path) -> None:
    build(tmp_path)
    (article,) = verified_gold(tmp_path)
    by_anchor = {c.anchor: c for c in article.claims}
    assert set(by_anchor) == {"14 tankers", "300 containers", "60 trucks", "last week"}
    assert by_anchor["300 containers"].fields["value"] == 300.0
    assert by_anchor["60 trucks"].unsure and not by_anchor["14 tankers"].unsure
    assert (
        by_anchor["last week"].type == "date"
        and by_anchor["last week"].fields["start"] == "2025-12-22"
    )


def test_cli_scores_the_extractor_against_verified_gold(tmp_path: Path) -> None:
    build(tmp_path)
    result = CliRunner().invoke(
        cli, ["evaluate", str(tmp_path), "--gold-from-annotations", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["types"]
    quantity = scores["quantity"]
    # tankers and containers found, cranes a false positive, trucks unsure; the date was missed.
    assert (quantity["tp"], quantity["fp"], quantity["fn"]) == (2, 1, 0)
    assert (
        quantity["fields"]["value"]["right"] == 1 and quantity["fields"]["value"]["scored"] == 2
    )  # the extractor read 30 containers, not 300
    assert (scores["date"]["tp"], scores["date"]["fn"]) == (0, 1)


def test_cli_wants_one_source_of_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "either --gold" in result.output
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path), "--gold-from-annotations"])
    assert result.exit_code == 2 and "pull first" in result.output
