"""`claims validate`: a thin adapter over claims.validate.tables.validate."""

from __future__ import annotations

from pathlib import Path

import click

from claims.errors import InvalidData


@click.command("validate")
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
    from claims.validate.tables import render, validate

    report = validate(list(paths))
    click.echo(render(report, fmt))
    if not report.ok:
        raise InvalidData("data do not match the schemas (see above)")
