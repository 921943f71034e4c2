"""`claims extract DATA`: a thin adapter over claims.extract.extract, plus the summary table
that `claims run` prints too."""

from __future__ import annotations

from pathlib import Path

import click

from claims.errors import InvalidData, UsageError
from claims.extract import ExtractReport, extract
from claims.options import model_option, processes_option
from claims.validate import render
from schemas.enums import CLAIM_TYPES, SEGMENT_KINDS


def summary(report: ExtractReport) -> str:
    """Claims per type (rows) and segment (columns), then the run's counters."""
    kinds = [k for k in SEGMENT_KINDS if any(report.segments[(t, k)] for t in CLAIM_TYPES)]
    header = f"{'type':<10}" + "".join(f"{k:>9}" for k in kinds) + f"{'total':>9}"
    lines = [header]
    for t in CLAIM_TYPES:
        cells = "".join(f"{report.segments[(t, k)]:>9}" for k in kinds)
        lines.append(f"{t:<10}{cells}{report.claims[t]:>9}")
    lines.append(
        f"extract: {report.articles} article(s), {report.total} claim(s), "
        f"{report.skipped_non_english} skipped as not English, {report.chunks} paragraph(s) parsed"
        + (f" -> {report.path}" if report.path else "")
    )
    if report.rejections:
        top = ", ".join(f"{k} {v}" for k, v in sorted(report.rejections.items()))
        lines.append(f"rejected candidates: {top}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("data", type=click.Path(file_okay=False, path_type=Path))
@model_option
@click.option(
    "--batch-size",
    default=64,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Paragraphs per nlp.pipe batch.",
)
@processes_option
def extract_command(data: Path, model: str, batch_size: int, processes: int) -> None:
    """Extract claims from DATA/articles.parquet into DATA/claims.parquet, then validate DATA."""
    if not (data / "articles.parquet").exists():
        raise UsageError("no articles.parquet here (run `claims ingest` first)", data)
    report = extract(data, model=model, batch_size=batch_size, processes=processes, progress=True)
    click.echo(summary(report))
    if report.validation is not None:
        click.echo(render(report.validation, "text"))
        if not report.validation.ok:
            raise InvalidData("the claims written do not match the schemas (see above)")
