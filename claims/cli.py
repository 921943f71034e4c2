"""The `claims` command: every subcommand is a thin adapter over the library function of its name.

User mistakes arrive as `ClaimsError`s and leave here, in one place, as `Error: ...` plus an exit code.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from annotation.cli import annotate
from claims import __version__
from claims.cli_evaluate import evaluate_command
from claims.cli_extract import extract_command, summary
from claims.cli_publish import publish_command
from claims.errors import ClaimsError, InvalidData
from claims.ingest import IngestReport, ingest
from claims.options import (
    max_bytes_option,
    model_option,
    out_option,
    processes_option,
    sources_argument,
)
from claims.run import run
from claims.validate import render, validate


class ClaimsGroup(click.Group):
    """Turns ClaimsError into one line on stderr and its exit code, for every subcommand."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimsError as exc:
            click.echo(f"Error: {exc}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            click.echo("Error: interrupted; nothing half-written was kept", err=True)
            raise click.exceptions.Exit(130) from None


@click.group(cls=ClaimsGroup)
@click.version_option(__version__, prog_name="claims")
def cli() -> None:
    """Build fact-claim verification datasets from news articles."""


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


@cli.command("ingest")
@sources_argument
@out_option
@max_bytes_option
def ingest_command(sources: tuple[Path, ...], out: Path, max_bytes: int) -> None:
    """Read .txt, .html and .jsonl articles (files or folders) into OUT/articles.parquet."""
    report = ingest(sources, out, max_bytes=max_bytes)
    print_ingest(report)
    code = ingest_exit_code(report)
    if code:
        sys.exit(code)


@cli.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
)
def validate_command(paths: tuple[Path, ...], fmt: str) -> None:
    """Validate Parquet tables (files or data folders) against the schemas. Exit 1 if invalid."""
    report = validate(list(paths))
    click.echo(render(report, fmt))
    if not report.ok:
        raise InvalidData("data do not match the schemas (see above)")


@cli.command("run")
@sources_argument
@out_option
@max_bytes_option
@model_option
@processes_option
def run_command(
    sources: tuple[Path, ...], out: Path, max_bytes: int, model: str, processes: int
) -> None:
    """Ingest, extract and validate SOURCES into OUT in one go, then print a summary."""
    report = run(list(sources), out, max_bytes=max_bytes, model=model, processes=processes)
    print_ingest(report.ingest)
    if report.extraction is not None:
        click.echo(summary(report.extraction))
    code = ingest_exit_code(report.ingest)
    click.echo(render(report.validation, "text"))
    if not report.validation.ok:
        raise InvalidData("the tables written do not match the schemas (see above)")
    if code:
        sys.exit(code)


# Commands of the other areas live in their own modules; registered here so `claims --help` lists all.
cli.add_command(extract_command)
cli.add_command(evaluate_command)
cli.add_command(annotate)
cli.add_command(publish_command)


def main() -> None:
    cli(prog_name="claims")


if __name__ == "__main__":
    main()
