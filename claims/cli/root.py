"""The `claims` command group: the one place where user mistakes become `Error: ...` and an exit code.

Every subcommand lives in its own module as a thin adapter over a library function and imports the
heavy libraries (spaCy, pandas, pandera, datasets) only when it runs, so `claims --help` is instant.
Exit codes: 0 fine, 1 invalid data, 2 unreadable input or usage, 3 a service failed.
"""

from __future__ import annotations

import logging
from typing import Any

import click

from claims import __version__
from claims.cli.annotate import annotate
from claims.cli.checkout import checkout_command
from claims.cli.evaluate import evaluate_command
from claims.cli.explain import explain_command
from claims.cli.extract import extract_command, run_command
from claims.cli.ingest import ingest_command
from claims.cli.publish import publish_command
from claims.cli.validate import validate_command
from claims.errors import ClaimsError


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


def configure_logging(verbose: int) -> None:
    """-v shows what each stage did (INFO), -vv also how (DEBUG); logs go to stderr."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)
    # Libraries we call are chatty at DEBUG; keep our own messages readable.
    for name in logging.root.manager.loggerDict:
        if not name.startswith("claims") and not name.startswith("annotation"):
            logging.getLogger(name).setLevel(max(level, logging.WARNING))


@click.group(cls=ClaimsGroup)
@click.version_option(__version__, prog_name="claims")
@click.option("-v", "--verbose", count=True, help="Show what each stage did (-vv: more detail).")
def cli(verbose: int) -> None:
    """Build fact-claim verification datasets from news articles."""
    configure_logging(verbose)


for command in (
    ingest_command,
    extract_command,
    validate_command,
    run_command,
    evaluate_command,
    explain_command,
    annotate,
    publish_command,
    checkout_command,
):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="claims")


if __name__ == "__main__":
    main()
