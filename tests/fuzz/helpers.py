"""Helpers for the hostile-input tests: run a CLI command in-process and check how it failed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from claims.cli.root import cli


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    exception: BaseException | None


def invoke(*args: str) -> Outcome:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=True)
    exc = result.exception if not isinstance(result.exception, SystemExit) else None
    return Outcome(result.exit_code, result.stdout, result.stderr, exc)


def assert_clean_failure(out: Outcome, allowed: tuple[int, ...] = (0, 1, 2)) -> None:
    """No traceback, an allowed exit code, and every stderr line a one-line `Error:`."""
    assert out.exception is None, f"crashed: {out.exception!r}\n{out.stderr}"
    assert out.code in allowed, (out.code, out.stderr)
    assert "Traceback" not in out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert all(line.startswith("Error: ") for line in lines), lines
    if out.code != 0:
        assert lines, "a non-zero exit must say why"


STORY = (
    "Dock workers in Gdansk ended a four-day strike on Monday.\n\n"
    "The port operator agreed to raise pay by 7 percent and to hire 85 crane drivers, "
    "the union said on Tuesday.\n"
)


def claim_row(article_id: str, text: str, span: str, claim_id: str) -> dict[str, object]:
    """One schema-valid quantity claim on `span` of `text` (no model needed)."""
    from schemas.tables import blank_row

    a = text.index(span)
    s = text.rfind("\n", 0, a) + 1
    e = text.find("\n", a)
    return blank_row(
        "claims",
        claim_id=claim_id,
        article_id=article_id,
        claim_type="quantity",
        span_start=a,
        span_end=a + len(span),
        span_text=span,
        sentence_start=s,
        sentence_end=e,
        sentence=text[s:e],
        segment="body",
        hedge="reported",
        quantity_value=85.0,
        quantity_bound="eq",
        quantity_item="crane drivers",
        confidence=0.9,
        extractor="test",
    )


def write_valid_folder(folder: Path, articles: int = 3) -> None:
    """A small data folder (articles by ingest, one hand-made claim each) that validates."""
    from claims import store
    from claims.ids import claim_id

    src = folder.parent / f"{folder.name}-src"
    src.mkdir(parents=True, exist_ok=True)
    texts = [STORY.replace("Monday", f"Monday {n}") for n in range(articles)]
    for n, text in enumerate(texts):
        (src / f"{n}.txt").write_text(text, "utf-8")
    out = invoke("ingest", str(src), "--out", str(folder))
    assert out.code == 0, out.stderr
    rows = []
    for row in store.iter_rows(folder / "articles.parquet", ["article_id", "text"]):
        aid, text = str(row["article_id"]), str(row["text"])
        a = text.index("85 crane drivers")
        rows.append(claim_row(aid, text, "85 crane drivers", claim_id(aid, "quantity", a, a + 16)))
    store.write_table("claims", rows, folder)
