"""Two annotators' gold for the same pages scored against each other (`--second-gold`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claims.cli.root import cli
from claims.errors import InputError
from claims.evaluate.agreement import gold_as_rows
from claims.evaluate.gold import read_gold
from claims.evaluate.scoring import evaluate
from tests.evaluate.test_scoring import APRIL, BOXES, SHELLS, SHIPS, TANKS, TEXT, setup


def second(tmp_path: Path, claims: list[dict[str, Any]], name: str = "second") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    lines = "".join(json.dumps({"file": "a.txt", **c}) + "\n" for c in claims)
    (folder / "a.jsonl").write_text(lines)
    meta = {"file": "a.txt", "published": "2024-04-02", "title": None}
    (folder / "a.meta.json").write_text(json.dumps(meta))
    return folder


def test_gold_rows_carry_the_located_span_and_the_scored_fields(tmp_path: Path) -> None:
    folder = second(tmp_path, [SHELLS, TANKS, SHIPS])
    art = {"article_id": "abc", "text": TEXT}
    rows = gold_as_rows(read_gold(folder), {"a.txt": art})
    shells, tanks, ships = rows
    assert TEXT[shells["span_start"] : shells["span_end"]] == SHELLS["anchor"]
    assert (shells["quantity_value"], shells["quantity_item"]) == (3000000, "artillery shells")
    assert (shells["segment"], tanks["segment"]) == ("body", "related")  # outside the body
    assert ships["sanction_authorities"] == "South Korea" and ships["article_id"] == "abc"


def test_a_page_missing_from_the_data_is_named(tmp_path: Path) -> None:
    folder = second(tmp_path, [SHELLS])
    with pytest.raises(InputError, match=r"no article for 'a\.txt'"):
        gold_as_rows(read_gold(folder), {})


def test_identical_gold_agrees_fully_and_a_changed_item_is_a_field_error(tmp_path: Path) -> None:
    gold = [SHELLS, BOXES, TANKS, APRIL, SHIPS]
    data, gold_dir = setup(tmp_path, gold, [])
    same = evaluate(data, gold_dir, second_gold=read_gold(second(tmp_path, gold)))
    assert all(s.strict_f1 == 1.0 for s in same.types.values())
    changed = [{**BOXES, "item": "crates"}, SHELLS, TANKS, APRIL]  # and no sanction claim
    other = evaluate(data, gold_dir, second_gold=read_gold(second(tmp_path, changed, "b")))
    q, s = other.types["quantity"], other.types["sanction"]
    assert (q.tp, q.fp, q.fn, q.fields["item"]) == (2, 0, 0, [1, 2])  # the caption is not scored
    assert (s.tp, s.fn) == (0, 1)


def test_cli_scores_a_second_annotator_and_rejects_it_without_gold(tmp_path: Path) -> None:
    data, gold_dir = setup(tmp_path, [SHELLS, BOXES], [])
    other = second(tmp_path, [SHELLS, {**BOXES, "value": 1200}])
    result = CliRunner().invoke(
        cli, ["evaluate", str(data), "--gold", str(gold_dir), "--second-gold", str(other)]
    )
    assert result.exit_code == 0, result.output
    assert "value=0.50 (1/2)" in result.output
    bad = CliRunner().invoke(
        cli, ["evaluate", str(data), "--gold-from-annotations", "--second-gold", str(other)]
    )
    assert bad.exit_code == 2 and "--second-gold is scored against --gold" in bad.output


def test_only_pages_the_second_annotator_did_are_scored(tmp_path: Path) -> None:
    data, gold_dir = setup(tmp_path, [SHELLS], [])
    (gold_dir / "b.jsonl").write_text(json.dumps({"file": "b.txt", **BOXES}) + "\n")
    (gold_dir / "b.meta.json").write_text(json.dumps({"file": "b.txt", "published": None}))
    report = evaluate(data, gold_dir, second_gold=read_gold(second(tmp_path, [SHELLS])))
    assert report.types["quantity"].fn == 0 and report.gold_without_article == []
