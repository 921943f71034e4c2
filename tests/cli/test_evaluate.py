"""End to end through the command line: ingest the dev set, predict its gold, evaluate."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claims import store
from claims.cli.root import cli
from claims.evaluate.gold import locate
from claims.ids import claim_id
from schemas.tables import TABLES

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"


def _segment(article: dict[str, Any], start: int) -> str:
    for seg in article["segments"]:
        if seg["start"] <= start < seg["end"]:
            return str(seg["kind"])
    return "boilerplate"


def _fields(gold: dict[str, Any]) -> dict[str, Any]:
    """The prediction columns that say exactly what the gold line says."""
    day = lambda v: dt.date.fromisoformat(v) if v else None  # noqa: E731
    if gold["type"] == "quantity":
        return {
            "quantity_value": float(gold["value"]),
            "quantity_bound": gold["bound"],
            "quantity_item": gold["item"],
            "quantity_unit": gold["unit"],
            "quantity_low": gold.get("low"),
            "quantity_high": gold.get("high"),
        }
    if gold["type"] == "date":
        return {
            "date_text": gold["surface"],
            "date_start": day(gold["start"]),
            "date_end": day(gold["end"]),
        }
    auth = gold["authority"]
    return {
        "sanction_authorities": [auth] if isinstance(auth, str) else auth,
        "sanction_status": gold["status"],
        "sanction_targets": gold["targets"],
    }


def perfect_predictions(data: Path, gold_dir: Path) -> list[dict[str, Any]]:
    """One schema-valid claim per gold line, on its anchor, in the segment ingest gave it."""
    articles = {a["source"]: a for a in store.iter_rows(data / "articles.parquet")}
    rows = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            gold = json.loads(line)
            art = articles[gold["file"]]
            start, end = locate(art["text"], gold["anchor"], gold.get("occurrence", 1)) or (0, 0)
            row: dict[str, Any] = dict.fromkeys(TABLES["claims"].arrow.names)
            row.update(
                claim_id=claim_id(art["article_id"], gold["type"], start, end),
                article_id=art["article_id"],
                claim_type=gold["type"],
                span_start=start,
                span_end=end,
                span_text=art["text"][start:end],
                sentence_start=start,
                sentence_end=end,
                sentence=art["text"][start:end],
                segment=_segment(art, start),
                hedge="asserted",
                sanction_authorities=[],
                sanction_targets=[],
                confidence=1.0,
                extractor="gold",
            )
            row.update(_fields(gold))
            rows.append(row)
    return rows


@pytest.fixture(scope="module")
def dev_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("dev") / "data"
    result = CliRunner().invoke(cli, ["ingest", str(DEV / "articles"), "--out", str(data)])
    assert result.exit_code == 0, result.output
    store.write_table("claims", perfect_predictions(data, DEV / "gold"), data)
    return data


def test_perfect_predictions_of_the_dev_set_score_one(dev_data: Path) -> None:
    for extra in ([], ["--all-segments"]):
        result = CliRunner().invoke(
            cli, ["evaluate", str(dev_data), "--gold", str(DEV / "gold"), *extra]
        )
        assert result.exit_code == 0, result.output
        assert "24 article(s) scored" in result.output
        overall = result.output.splitlines()[-1]
        assert overall.startswith("overall   P=1.000 R=1.000 F1=1.000 strict_F1=1.000"), overall


def test_dropping_predictions_lowers_recall_only(dev_data: Path, tmp_path: Path) -> None:
    rows = store.read_table(dev_data / "claims.parquet")
    data = tmp_path / "data"
    shutil.copytree(dev_data, data)
    store.write_table("claims", rows[rows["claim_type"] != "sanction"], data)
    result = CliRunner().invoke(
        cli, ["evaluate", str(data), "--gold", str(DEV / "gold"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["types"]["sanction"]["recall"] == 0.0 and doc["types"]["sanction"]["fp"] == 0
    assert doc["types"]["quantity"]["f1"] == 1.0 and doc["overall"]["precision"] == 1.0


def test_an_anchor_missing_from_its_article_exits_2(dev_data: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(DEV / "gold", gold)
    bad = {
        "file": "dev_010.txt",
        "type": "date",
        "anchor": "on May 2",
        "in_body": True,
        "surface": "on May 2",
        "start": None,
        "end": None,
    }
    (gold / "dev_010.jsonl").write_text(json.dumps(bad) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(dev_data), "--gold", str(gold)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"Error: {gold / 'dev_010.jsonl'}:1: anchor 'on May 2' not found in the article text"
    )
