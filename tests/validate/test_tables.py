"""`claims validate` through the CLI: exit codes 0/1/2 and the three report formats."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claims import store
from claims.cli.root import cli


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


def broken_claims(tmp_path: Path, seeds_dir: Path) -> Path:
    invoke("ingest", str(seeds_dir), "--out", str(tmp_path))
    text = store.read_table(tmp_path / "articles.parquet").iloc[0]["text"]
    span = "over 3 million artillery shells"
    a = text.index(span)
    row = {c: None for c in store.TABLES["claims"].arrow.names}
    row.update(
        claim_id="00000000000000aa",
        article_id="ffffffffffffffff",
        claim_type="quantity",
        span_start=a,
        span_end=a + len(span),
        span_text=span,
        sentence_start=a,
        sentence_end=a + len(span),
        sentence=span,
        segment="body",
        hedge="asserted",
        quantity_value=3e6,
        quantity_bound="gt",
        quantity_item="artillery shells",
        sanction_authorities=[],
        sanction_targets=[],
        confidence=2.0,
        extractor="test",
    )
    store.write_table("claims", [row], tmp_path)
    return tmp_path


def test_valid_folder_exits_zero(tmp_path: Path, seeds_dir: Path) -> None:
    invoke("ingest", str(seeds_dir), "--out", str(tmp_path))
    result = invoke("validate", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "articles, 1 rows: ok" in result.output


def test_invalid_data_exits_one_with_every_failure(tmp_path: Path, seeds_dir: Path) -> None:
    result = invoke("validate", str(broken_claims(tmp_path, seeds_dir)))
    assert result.exit_code == 1
    assert "confidence: less_than_or_equal_to(1.0): 1 row(s)" in result.output
    assert "article_id: article_exists: 1 row(s)" in result.output


def test_json_report(tmp_path: Path, seeds_dir: Path) -> None:
    result = invoke("validate", str(broken_claims(tmp_path, seeds_dir)), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output[: result.output.rindex("}") + 1])
    assert report["valid"] is False
    claims = next(t for t in report["tables"] if t["table"] == "claims")
    assert {f["check"] for f in claims["failures"]} >= {
        "article_exists",
        "less_than_or_equal_to(1.0)",
    }


def test_github_annotations(tmp_path: Path, seeds_dir: Path) -> None:
    result = invoke("validate", str(broken_claims(tmp_path, seeds_dir)), "--format", "github")
    lines = [ln for ln in result.output.splitlines() if ln.startswith("::error file=")]
    assert any("claims.confidence" in ln for ln in lines) and result.exit_code == 1


def test_not_parquet_exits_two(tmp_path: Path) -> None:
    fake = tmp_path / "claims.parquet"
    fake.write_bytes(b"PAR1 this is not really parquet")
    result = invoke("validate", str(fake))
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {fake}: not a readable Parquet file")


def test_empty_folder_and_missing_path_exit_two(tmp_path: Path) -> None:
    assert invoke("validate", str(tmp_path)).exit_code == 2
    assert invoke("validate", str(tmp_path / "missing.parquet")).exit_code == 2


def test_a_missed_claim_must_point_into_an_article_that_exists(
    tmp_path: Path, seeds_dir: Path
) -> None:
    import datetime as dt

    invoke("ingest", str(seeds_dir), "--out", str(tmp_path))
    article = store.read_table(tmp_path / "articles.parquet").iloc[0]
    text, span = article["text"], "over 3 million artillery shells"
    a = text.index(span)

    def row(missed_id: str, article_id: str, span_text: str) -> dict[str, object]:
        out: dict[str, object] = dict.fromkeys(store.TABLES["missed_claims"].arrow.names)
        out.update(
            missed_id=missed_id,
            article_id=article_id,
            claim_type="quantity",
            span_start=a,
            span_end=a + len(span),
            span_text=span_text,
            fields="{}",
            annotator="0123456789abcdef",
            created_at=dt.datetime(2025, 1, 2, tzinfo=dt.UTC),
            annotation_id="00000000000000b1",
            claim_id="00000000000000c1",
        )
        return out

    good = row("00000000000000a1", article["article_id"], span)
    elsewhere = row("00000000000000a2", "ffffffffffffffff", span)
    shifted = row("00000000000000a3", article["article_id"], span.upper())
    store.write_table("missed_claims", [good], tmp_path / "missed_claims.parquet")
    assert invoke("validate", str(tmp_path)).exit_code == 0
    store.write_table(
        "missed_claims", [good, elsewhere, shifted], tmp_path / "missed_claims.parquet"
    )
    result = invoke("validate", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    checks = {
        (f["column"], f["check"])
        for t in json.loads(result.stdout)["tables"]
        for f in t["failures"]
        if t["table"] == "missed_claims"
    }
    assert checks == {("article_id", "article_exists"), ("span_text", "span_text_is_article_text")}
