"""`claims evaluate`: a thin adapter over claims.evaluate.scoring.evaluate."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("evaluate")
@click.argument("data", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--gold",
    "gold",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of gold <stem>.jsonl + <stem>.meta.json files (CLAIMS.md).",
)
@click.option(
    "--gold-from-annotations",
    "from_annotations",
    is_flag=True,
    help="Use what people verified in Label Studio as gold (DATA's verdicts, annotations and"
    " missed claims, after `claims annotate pull`).",
)
@click.option(
    "--second-gold",
    "second",
    type=click.Path(file_okay=False, path_type=Path),
    help="A second annotator's gold folder for the same pages, scored in place of DATA's claims"
    " against --gold: how far two annotators agree (DATA gives the article texts).",
)
@click.option(
    "--all-segments",
    is_flag=True,
    help="Also score captions, teasers, feeds and boilerplate (default: body and title).",
)
@click.option("--show", is_flag=True, help="List misses, false positives and field errors.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--bootstrap",
    "resamples",
    type=click.IntRange(min=0),
    default=0,
    help="Add 95% intervals of F1 and strict F1 from N resamples of the articles.",
)
def evaluate_command(
    data: Path,
    gold: Path | None,
    from_annotations: bool,
    second: Path | None,
    all_segments: bool,
    show: bool,
    fmt: str,
    resamples: int,
) -> None:
    """Score DATA/claims.parquet against gold claims: P/R/F1 per type, field accuracy, strict F1."""
    from claims.errors import UsageError
    from claims.evaluate.bootstrap import bootstrap
    from claims.evaluate.gold import read_gold
    from claims.evaluate.report import render
    from claims.evaluate.scoring import evaluate

    if (gold is None) == (not from_annotations):
        raise UsageError("give either --gold FOLDER or --gold-from-annotations (one of them)")
    if second is not None and gold is None:
        raise UsageError("--second-gold is scored against --gold FOLDER")
    if from_annotations:
        from claims.evaluate.verified import verified_gold

        report = evaluate(data, None, all_segments=all_segments, gold_articles=verified_gold(data))
    else:
        second_gold = read_gold(second) if second is not None else None
        report = evaluate(data, gold, all_segments=all_segments, second_gold=second_gold)
    if resamples:
        bootstrap(report, resamples)
    click.echo(render(report, fmt, show=show))
