"""`claims extract` and `claims run`: thin adapters over claims.extract.corpus.extract and
claims.extract.run.run, with the summary table both print."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claims.cli.ingest import (
    address_option,
    engine_option,
    ingest_exit_code,
    print_ingest,
    workers_option,
)
from claims.cli.options import max_bytes_option, model_option, out_option, sources_argument
from claims.errors import InvalidData
from schemas.enums import CLAIM_TYPES, SEGMENT_KINDS

#: Articles per shard (claims.extract.corpus.SHARD_ROWS; not imported: `claims --help` stays light).
SHARD_ROWS = 500

resume_option = click.option(
    "--resume",
    is_flag=True,
    help="Keep the claims shards an interrupted run finished and extract only the rest.",
)

if TYPE_CHECKING:
    from claims.extract.corpus import ExtractReport


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
@workers_option
@engine_option
@address_option
@resume_option
@click.option(
    "--shards/--single-file",
    "sharded",
    default=None,
    help="Write claims as DATA/claims/part-*.parquet or as one DATA/claims.parquet "
    "(default: shards with --engine ray, one file locally).",
)
@click.option(
    "--shard-size",
    default=SHARD_ROWS,
    show_default=True,
    type=click.IntRange(1, 1_000_000),
    help="Articles per shard: the unit of work, of retry and of --resume.",
)
def extract_command(
    data: Path,
    model: str,
    batch_size: int,
    processes: int | None,
    engine: str,
    address: str | None,
    resume: bool,
    sharded: bool | None,
    shard_size: int,
) -> None:
    """Extract claims from DATA/articles.parquet into DATA/claims.parquet, then validate DATA."""
    from claims.extract.corpus import extract
    from claims.validate.tables import render

    report = extract(
        data,
        model=model,
        batch_size=batch_size,
        processes=processes,
        progress=True,
        engine=engine,
        address=address,
        resume=resume,
        sharded=sharded,
        shard_rows=shard_size,
    )
    click.echo(summary(report))
    if report.validation is not None:
        click.echo(render(report.validation, "text"))
        if not report.validation.ok:
            raise InvalidData("the claims written do not match the schemas (see above)")


@click.command("run")
@sources_argument
@out_option
@max_bytes_option
@model_option
@workers_option
@engine_option
@address_option
@resume_option
def run_command(
    sources: tuple[Path, ...],
    out: Path,
    max_bytes: int,
    model: str,
    processes: int | None,
    engine: str,
    address: str | None,
    resume: bool,
) -> None:
    """Ingest, extract and validate SOURCES into OUT in one go, then print a summary."""
    from claims.extract.run import run
    from claims.validate.tables import render

    report = run(
        list(sources),
        out,
        max_bytes=max_bytes,
        model=model,
        processes=processes,
        engine=engine,
        address=address,
        resume=resume,
    )
    print_ingest(report.ingest)
    if report.extraction is not None:
        click.echo(summary(report.extraction))
    code = ingest_exit_code(report.ingest)
    click.echo(render(report.validation, "text"))
    if not report.validation.ok:
        raise InvalidData("the tables written do not match the schemas (see above)")
    if code:
        sys.exit(code)
