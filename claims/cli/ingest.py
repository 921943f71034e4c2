"""`claims ingest`: a thin adapter over claims.ingest.corpus.ingest."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claims.cli.options import max_bytes_option, out_option, sources_argument

if TYPE_CHECKING:
    from claims.ingest.corpus import IngestReport


def print_ingest(report: IngestReport) -> None:
    for rejected in report.rejected:
        click.echo(f"Error: {rejected}", err=True)
    if report.rejected:
        reasons = Counter(r.reason.split(" (")[0] for r in report.rejected)
        click.echo(
            "rejected by reason: " + ", ".join(f"{k}: {n}" for k, n in sorted(reasons.items()))
        )
    click.echo(
        f"ingest: {report.files} file(s), {report.articles} article(s) written, "
        f"{report.duplicates} duplicate(s) skipped, {len(report.rejected)} rejected"
        + (f" -> {report.path}" if report.path else "")
    )


def ingest_exit_code(report: IngestReport) -> int:
    if report.articles == 0:
        click.echo("Error: no article could be ingested; nothing was written", err=True)
        return 2
    return 1 if report.rejected else 0


@click.command("ingest")
@sources_argument
@out_option
@max_bytes_option
def ingest_command(sources: tuple[Path, ...], out: Path, max_bytes: int) -> None:
    """Read .txt, .html and .jsonl articles (files or folders) into OUT/articles.parquet."""
    from claims.ingest.corpus import ingest

    report = ingest(sources, out, max_bytes=max_bytes)
    print_ingest(report)
    code = ingest_exit_code(report)
    if code:
        sys.exit(code)
