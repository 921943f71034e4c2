"""`claims ingest`: a thin adapter over claims.ingest.corpus.ingest."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claims.cli.options import max_bytes_option, out_option, sources_argument

engine_option = click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where the work runs: this machine's processes, or Ray Data (pip install 'claims[ray]').",
)
address_option = click.option(
    "--address",
    default=None,
    metavar="ADDRESS",
    help="Ray cluster to use with --engine ray: 'auto' or ray://host:port "
    "(default: start a local Ray instance).",
)
workers_option = click.option(
    "--processes",
    default=None,
    type=click.IntRange(1, 1024),
    help="Workers: processes locally (default 1), Ray actors with --engine ray "
    "(default: every CPU of the cluster).",
)

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
@engine_option
@address_option
@workers_option
def ingest_command(
    sources: tuple[Path, ...],
    out: Path,
    max_bytes: int,
    engine: str,
    address: str | None,
    processes: int | None,
) -> None:
    """Read .txt, .html and .jsonl articles (files or folders) into OUT/articles.parquet."""
    from claims.ingest.corpus import ingest

    report = ingest(
        sources,
        out,
        max_bytes=max_bytes,
        engine=engine,
        address=address,
        processes=processes,
        progress=True,
    )
    print_ingest(report)
    code = ingest_exit_code(report)
    if code:
        sys.exit(code)
