"""`claims explain "SENTENCE"`: a thin adapter over claims.extract.explain, the tool for fixing a
miss (what the parser saw, which patterns matched, what was claimed and what was rejected why)."""

from __future__ import annotations

import datetime as dt

import click

from claims.cli.options import model_option


@click.command("explain")
@click.argument("sentence")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (YYYY-MM-DD) that relative dates resolve against.",
)
@model_option
def explain_command(sentence: str, published: dt.datetime | None, model: str) -> None:
    """Show how the extractor reads SENTENCE: tokens, patterns, claims and rejected candidates.

    MODEL may be a pipeline saved with `nlp.to_disk()`, with its own added patterns.
    """
    from claims.extract.explain import explain, render

    if not sentence.strip():
        raise click.UsageError("SENTENCE is empty")
    click.echo(render(explain(sentence, published.date() if published else None, model=model)))
