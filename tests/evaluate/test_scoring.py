"""claims evaluate: matching, unsure and body rules, field scoring, strict F1, output and errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claims import store
from claims.cli.root import cli
from claims.evaluate.matching import Span, match
from claims.evaluate.scoring import evaluate
from claims.ids import article_id, claim_id
from schemas.tables import blank_row

TEXT = (
    "Seoul imposed sanctions on two Russian ships on April 2. "
    "North Korea sent over 3 million artillery shells and about 1,000 containers. "
    "Photo: 5 tanks on a train (caption)."
)
CAPTION_START = TEXT.index("Photo:")


def article_row(source: str, text: str = TEXT) -> dict[str, Any]:
    cut = text.find("Photo:")
    segments = [{"kind": "body", "start": 0, "end": len(text)}]
    if cut > 0:
        segments = [
            {"kind": "body", "start": 0, "end": cut - 1},
            {"kind": "caption", "start": cut, "end": len(text)},
        ]
    return {
        "article_id": article_id(text),
        "source": source,
        "url": None,
        "title": None,
        "outlet": None,
        "authors": [],
        "published": dt.date(2024, 4, 2),
        "text": text,
        "segments": segments,
        "content_sha256": "0" * 64,
    }


def claim_row(
    art: dict[str, Any],
    claim_type: str,
    span: str,
    nth: int = 1,
    **fields: Any,
) -> dict[str, Any]:
    """A schema-valid prediction on the nth occurrence of `span`."""
    text = art["text"]
    start = -1
    for _ in range(nth):
        start = text.index(span, start + 1)
    end = start + len(span)
    segment = "caption" if start >= text.find("Photo:") >= 0 else "body"
    row: dict[str, Any] = blank_row("claims") | {
        "claim_id": claim_id(art["article_id"], claim_type, start, end),
        "article_id": art["article_id"],
        "claim_type": claim_type,
        "span_start": start,
        "span_end": end,
        "span_text": text[start:end],
        "sentence_start": 0,
        "sentence_end": len(text),
        "sentence": text,
        "segment": segment,
        "hedge": "asserted",
        "confidence": 0.9,
        "extractor": "hand-made",
    }
    defaults: dict[str, dict[str, Any]] = {
        "quantity": {"quantity_value": 1.0, "quantity_bound": "eq", "quantity_item": "thing"},
        "date": {"date_text": text[start:end]},
        "sanction": {"sanction_authorities": ["South Korea"], "sanction_status": "imposed"},
    }
    row.update(defaults[claim_type])
    row.update(fields)
    return row


SHELLS = {
    "type": "quantity",
    "anchor": "over 3 million artillery shells",
    "in_body": True,
    "value": 3000000,
    "bound": "gt",
    "item": "artillery shells",
    "unit": None,
}
BOXES = {
    "type": "quantity",
    "anchor": "about 1,000 containers",
    "in_body": True,
    "value": 1000,
    "bound": "approx",
    "item": "containers",
    "unit": None,
}
TANKS = {
    "type": "quantity",
    "anchor": "5 tanks on a train",
    "in_body": False,
    "value": 5,
    "bound": "eq",
    "item": "tanks",
    "unit": None,
}
APRIL = {
    "type": "date",
    "anchor": "on April 2",
    "in_body": True,
    "surface": "on April 2",
    "start": "2024-04-02",
    "end": "2024-04-02",
    "granularity": "day",
    "event": "sanctions",
}
SHIPS = {
    "type": "sanction",
    "anchor": "Seoul imposed sanctions on two Russian ships",
    "in_body": True,
    "authority": "South Korea",
    "status": "imposed",
    "targets": [{"kind": "vessel", "count": 2, "names": [], "nationality": "Russia"}],
    "date": "2024-04-02",
}
GOOD_SHELLS = {"quantity_value": 3e6, "quantity_bound": "gt", "quantity_item": "shells"}
GOOD_BOXES = {"quantity_value": 1000.0, "quantity_bound": "approx", "quantity_item": "container"}


def setup(
    tmp_path: Path,
    gold: list[dict[str, Any]],
    preds: list[tuple],
    source: str = "a.txt",
    file: str = "a.txt",
) -> tuple[Path, Path]:
    """Write DATA (one article, the predictions) and GOLD (one file) under tmp_path."""
    art = article_row(source)
    data, gold_dir = tmp_path / "data", tmp_path / "gold"
    store.write_table("articles", [art], data)
    store.write_table(
        "claims", [claim_row(art, *p[:2], **(p[2] if len(p) > 2 else {})) for p in preds], data
    )
    gold_dir.mkdir()
    (gold_dir / "a.jsonl").write_text("".join(json.dumps({"file": file, **g}) + "\n" for g in gold))
    meta = {"file": file, "published": "2024-04-02", "title": None}
    (gold_dir / "a.meta.json").write_text(json.dumps(meta))
    return data, gold_dir


def counts(report: Any, claim_type: str) -> tuple[int, int, int]:
    s = report.types[claim_type]
    return s.tp, s.fp, s.fn


def test_match_is_one_to_one_and_largest_overlap_first() -> None:
    gold = [Span(0, 10, 0), Span(8, 30, 1)]
    preds = [Span(7, 25, 0), Span(2, 4, 1), Span(40, 50, 2)]
    # pred 0 overlaps gold 0 by 3 and gold 1 by 17: it goes to gold 1; pred 1 then takes gold 0
    assert sorted(match(gold, preds)) == [(0, 1), (1, 0)]
    assert match([Span(0, 10, 0)], [Span(10, 20, 0)]) == []  # touching is not overlapping
    assert len(match([Span(0, 10, 0)], [Span(0, 10, 0), Span(2, 8, 1)])) == 1


def test_perfect_predictions_score_one(tmp_path: Path) -> None:
    data, gold = setup(
        tmp_path,
        [SHELLS, BOXES, APRIL, SHIPS],
        [
            ("quantity", "3 million artillery shells", GOOD_SHELLS),
            ("quantity", "1,000 containers", GOOD_BOXES),
            (
                "date",
                "April 2",
                {"date_start": dt.date(2024, 4, 2), "date_end": dt.date(2024, 4, 2)},
            ),
            (
                "sanction",
                "imposed sanctions on two Russian ships",
                {
                    "sanction_authorities": ["Seoul"],
                    "sanction_targets": [{"kind": "vessel", "count": 2}],
                },
            ),
        ],
    )
    report = evaluate(data, gold)
    for t in ("quantity", "date", "sanction"):
        s = report.types[t]
        assert (s.precision, s.recall, s.f1, s.strict_f1) == (1.0, 1.0, 1.0, 1.0), t
    assert report.articles_scored == 1 and not report.issues


def test_type_and_overlap_decide_a_match(tmp_path: Path) -> None:
    data, gold = setup(
        tmp_path,
        [SHELLS, APRIL],
        [
            ("date", "3 million artillery shells"),  # right place, wrong type
            ("quantity", "about 1,000"),  # a quantity, but not on a gold anchor
        ],
    )
    report = evaluate(data, gold)
    assert counts(report, "quantity") == (0, 1, 1)
    assert counts(report, "date") == (0, 1, 1)
    kinds = sorted(i.kind for i in report.issues)
    assert kinds == ["false_positive", "false_positive", "miss", "miss"]


def test_two_predictions_on_one_anchor_give_one_hit_and_one_false_positive(tmp_path: Path) -> None:
    data, gold = setup(
        tmp_path,
        [SHELLS],
        [
            ("quantity", "3 million", GOOD_SHELLS),
            ("quantity", "over 3 million artillery shells", GOOD_SHELLS),
        ],
    )
    assert counts(evaluate(data, gold), "quantity") == (1, 1, 0)


def test_unsure_gold_is_neither_credited_nor_penalized(tmp_path: Path) -> None:
    unsure_boxes = {**BOXES, "unsure": True}
    unsure_shells = {**SHELLS, "unsure": True}
    data, gold = setup(tmp_path, [unsure_boxes, unsure_shells], [("quantity", "1,000 containers")])
    report = evaluate(data, gold)
    assert counts(report, "quantity") == (0, 0, 0)  # matched unsure: no tp, no fp; missed: no fn
    assert report.types["quantity"].unsure_matched == 1


def test_sure_gold_is_matched_before_unsure_gold(tmp_path: Path) -> None:
    # the prediction overlaps the unsure claim more, yet the sure claim gets it
    wide = {**SHELLS, "anchor": "sent over 3 million artillery shells and about", "unsure": True}
    narrow = {**SHELLS, "anchor": "over 3 million"}
    data, gold = setup(tmp_path, [wide, narrow], [("quantity", "3 million artillery shells and")])
    assert counts(evaluate(data, gold), "quantity") == (1, 0, 0)


def test_body_only_by_default_and_all_segments_on_request(tmp_path: Path) -> None:
    data, gold = setup(tmp_path, [TANKS], [("quantity", "5 tanks", {"quantity_value": 5.0})])
    assert counts(evaluate(data, gold), "quantity") == (0, 0, 0)
    report = evaluate(data, gold, all_segments=True)
    assert counts(report, "quantity") == (1, 0, 0) and report.all_segments


def test_a_body_claim_predicted_in_a_caption_segment_is_missed(tmp_path: Path) -> None:
    in_body_tanks = {**TANKS, "in_body": True}
    data, gold = setup(
        tmp_path, [in_body_tanks], [("quantity", "5 tanks", {"quantity_value": 5.0})]
    )
    assert counts(evaluate(data, gold), "quantity") == (0, 0, 1)


def test_each_field_is_scored_on_matched_pairs(tmp_path: Path) -> None:
    data, gold = setup(
        tmp_path,
        [SHELLS, APRIL, SHIPS],
        [
            (
                "quantity",
                "3 million artillery shells",
                {
                    "quantity_value": 3e6,
                    "quantity_bound": "approx",
                    "quantity_item": "artillery shell",
                },
            ),
            (
                "date",
                "April 2",
                {"date_start": dt.date(2024, 4, 2), "date_end": dt.date(2024, 4, 3)},
            ),
            (
                "sanction",
                "Seoul imposed sanctions",
                {
                    "sanction_authorities": ["South Korea", "Japan"],
                    "sanction_status": "planned",
                    "sanction_targets": [{"kind": "vessel", "count": 2}],
                },
            ),
        ],
    )
    report = evaluate(data, gold)
    assert report.types["quantity"].fields == {"value": [1, 1], "bound": [0, 1], "item": [1, 1]}
    assert report.types["date"].fields == {"start": [1, 1], "end": [0, 1]}
    assert report.types["sanction"].fields == {
        "authority": [0, 1],
        "status": [0, 1],
        "targets": [1, 1],
    }
    wrong = {(i.claim_type, i.field) for i in report.issues if i.kind == "field"}
    assert wrong == {
        ("quantity", "bound"),
        ("date", "end"),
        ("sanction", "authority"),
        ("sanction", "status"),
    }
    assert all(report.types[t].strict_tp == 0 for t in report.types)


def test_strict_f1_by_hand(tmp_path: Path) -> None:
    # gold: 4 quantities; predictions: 3 matched (one with a wrong bound) + 2 false positives
    text = "We saw 10 tanks, 20 guns, 30 trucks and 40 drones; also 7 ships and 8 planes."
    art = article_row("a.txt", text)
    data, gold_dir = tmp_path / "data", tmp_path / "gold"
    store.write_table("articles", [art], data)
    q: dict[str, Any] = {"quantity_bound": "eq"}
    preds = [
        claim_row(art, "quantity", "10 tanks", quantity_value=10.0, quantity_item="tanks", **q),
        claim_row(art, "quantity", "20 guns", quantity_value=20.0, quantity_item="guns", **q),
        claim_row(
            art,
            "quantity",
            "30 trucks",
            quantity_value=30.0,
            quantity_item="trucks",
            quantity_bound="gt",
        ),
        claim_row(art, "quantity", "7 ships"),
        claim_row(art, "quantity", "8 planes"),
    ]
    store.write_table("claims", preds, data)
    gold_dir.mkdir()
    lines = [
        {
            "file": "a.txt",
            "type": "quantity",
            "anchor": a,
            "in_body": True,
            "value": v,
            "bound": "eq",
            "item": i,
            "unit": None,
        }
        for a, v, i in [
            ("10 tanks", 10, "tanks"),
            ("20 guns", 20, "guns"),
            ("30 trucks", 30, "trucks"),
            ("40 drones", 40, "drones"),
        ]
    ]
    (gold_dir / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    (gold_dir / "a.meta.json").write_text(
        json.dumps({"file": "a.txt", "published": None, "title": None})
    )
    s = evaluate(data, gold_dir).types["quantity"]
    assert (s.tp, s.fp, s.fn, s.strict_tp) == (3, 2, 1, 2)
    assert s.precision == pytest.approx(0.6) and s.recall == pytest.approx(0.75)
    assert s.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # strict: P = 2/5, R = 2/4, F1 = 2 * 0.4 * 0.5 / 0.9
    assert s.strict_f1 == pytest.approx(0.4 / 0.9)


def test_articles_match_gold_by_file_name_and_unknown_gold_is_reported(tmp_path: Path) -> None:
    data, gold = setup(
        tmp_path, [SHELLS], [("quantity", "3 million", GOOD_SHELLS)], source="batch/a.txt"
    )
    assert counts(evaluate(data, gold), "quantity") == (1, 0, 0)
    other = tmp_path / "other"
    data2, gold2 = setup(other, [SHELLS], [], source="b.txt")
    report = evaluate(data2, gold2)
    assert report.gold_without_article == ["a.txt"] and report.articles_scored == 0
    assert report.articles_without_gold == 1


# ------------------------------------------------------------------ the command


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["evaluate", *args])


def test_cli_text_output_with_show(tmp_path: Path) -> None:
    data, gold = setup(
        tmp_path,
        [SHELLS, BOXES],
        [
            ("quantity", "3 million", {**GOOD_SHELLS, "quantity_bound": "eq"}),
            ("quantity", "Seoul"),
        ],
    )
    result = run(str(data), "--gold", str(gold), "--show")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "evaluate: 1 article(s) scored (body only)" in out
    assert "quantity  P=0.500 R=0.500 F1=0.500 strict_F1=0.000" in out
    assert "overall" in out and "micro-averaged" in out
    assert "miss" in out and "'about 1,000 containers'" in out
    assert "false_positive" in out and "'Seoul'" in out
    assert "bound: expected 'gt', got 'eq'" in out


def test_cli_json_output(tmp_path: Path) -> None:
    data, gold = setup(tmp_path, [SHELLS], [("quantity", "3 million", GOOD_SHELLS)])
    result = run(str(data), "--gold", str(gold), "--format", "json", "--all-segments", "--show")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["types"]["quantity"]["f1"] == 1.0 and doc["overall"]["tp"] == 1
    assert doc["types"]["quantity"]["fields"]["item"] == {"right": 1, "scored": 1, "accuracy": 1.0}
    assert doc["all_segments"] is True and doc["issues"] == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{broken", "a.jsonl:2: invalid JSON"),
        (
            json.dumps({**SHELLS, "file": "a.txt", "anchor": "nowhere in the text"}),
            "a.jsonl:2: anchor 'nowhere in the text' not found",
        ),
        (json.dumps({**SHELLS, "file": "a.txt", "occurrence": 2}), "a.jsonl:2: anchor"),
        (
            json.dumps({**SHELLS, "file": "a.txt", "type": "rumour"}),
            "a.jsonl:2: unknown type 'rumour'",
        ),
    ],
)
def test_cli_bad_gold_exits_2_naming_file_and_line(tmp_path: Path, bad: str, message: str) -> None:
    data, gold = setup(tmp_path, [SHELLS], [])
    with (gold / "a.jsonl").open("a") as handle:
        handle.write(bad + "\n")
    result = run(str(data), "--gold", str(gold))
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_missing_claims_table_exits_2(tmp_path: Path) -> None:
    data, gold = setup(tmp_path, [SHELLS], [])
    (data / "claims.parquet").unlink()
    result = run(str(data), "--gold", str(gold))
    assert result.exit_code == 2 and "claims.parquet: no such file" in result.output
