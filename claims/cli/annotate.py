"""`claims annotate ...`: thin click adapters over the annotation package (serve, push, pull, status);
Label Studio code is imported only when a command runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from schemas.enums import CLAIM_TYPES, SEGMENT_KINDS

if TYPE_CHECKING:
    from annotation.pull import PullReport

DATA = click.argument("data", type=click.Path(file_okay=False, path_type=Path))
PROJECT = click.option("--project", required=True, help="Label Studio project title.")


@click.group("annotate")
def annotate() -> None:
    """Verify claims in Label Studio (LABEL_STUDIO_URL, LABEL_STUDIO_API_KEY)."""


@annotate.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int)
@click.option(
    "--data-dir",
    default=Path(".ls-data"),
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="SQLite database and media.",
)
def serve_command(host: str, port: int, data_dir: Path) -> None:
    """Run Label Studio in the foreground (admin and token from LABEL_STUDIO_USERNAME,
    LABEL_STUDIO_PASSWORD, LABEL_STUDIO_USER_TOKEN)."""
    from annotation.server import serve

    code = serve(
        data_dir, host, port, ready=lambda url: click.echo(f"Label Studio is ready at {url}")
    )
    raise SystemExit(code)


@annotate.command("push")
@DATA
@PROJECT
@click.option(
    "--type", "types", multiple=True, type=click.Choice(CLAIM_TYPES), help="Only this claim type."
)
@click.option(
    "--segment",
    "segments",
    multiple=True,
    type=click.Choice(SEGMENT_KINDS),
    help="Claims in this segment kind (repeatable; default: body and title).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="At most this many new tasks in this push (re-run for the next ones).",
)
@click.option(
    "--overlap",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Annotators per task.",
)
def push_command(
    data: Path,
    project: str,
    types: tuple[str, ...],
    segments: tuple[str, ...],
    limit: int | None,
    overlap: int,
) -> None:
    """Send the claims of DATA to PROJECT, one task per claim; only missing ones are imported."""
    from tqdm import tqdm

    from annotation.client import LabelStudio
    from annotation.push import push
    from annotation.tasks import DEFAULT_SEGMENTS

    client = LabelStudio.from_env()
    chosen = segments or DEFAULT_SEGMENTS
    with tqdm(desc="push", unit="task", disable=None, leave=False) as bar:
        report = push(data, project, client, types, chosen, limit, overlap, progress=bar.update)
    click.echo(
        f"push: {report.selected} claim(s) selected, {report.imported} imported, "
        f"{report.present} already there, {report.refreshed} prediction(s) refreshed"
        f" -> {report.url}"
    )


@annotate.command("pull")
@DATA
@PROJECT
def pull_command(data: Path, project: str) -> None:
    """Write DATA/annotations.parquet, verdicts.parquet and missed_claims.parquet from PROJECT."""
    from annotation.client import LabelStudio
    from annotation.pull import pull

    click.echo(pull_summary(pull(data, project, LabelStudio.from_env())))


def pull_summary(report: PullReport) -> str:
    notes = [f"{report.verdicts} verdict(s), {report.tied} need adjudication"]
    if report.adjudicated:
        notes.append(f"{report.adjudicated} adjudicated")
    notes.append(f"{report.missed} missed claim(s)")
    if report.incomplete:
        notes.append(f"{report.incomplete} without an extraction judgment left out")
    if report.unchanged:
        notes.append(f"{report.unchanged} 'corrected' changing nothing left out")
    if report.foreign:
        notes.append(f"{report.foreign} on claims not in DATA/claims.parquet left out")
    lines = [
        f"pull: {report.annotations} judgment(s) ({report.skipped} skipped)"
        f" on {report.tasks} task(s); " + "; ".join(notes)
    ]
    if report.dropped:
        lines.append(f"{len(report.dropped)} value(s) not stored:")
        lines += [f"  {line}" for line in report.dropped]
    return "\n".join(lines)


@annotate.command("adjudicate")
@DATA
@PROJECT
@click.option(
    "--min-agreement",
    type=click.FloatRange(0.0, 1.0),
    default=0.67,
    show_default=True,
    help="Also send claims whose majority agrees less than this.",
)
def adjudicate_command(data: Path, project: str, min_agreement: float) -> None:
    """Send ties and low-agreement claims of DATA (after a pull) to '<PROJECT> adjudication'."""
    from annotation.adjudicate import adjudicate
    from annotation.client import LabelStudio

    report = adjudicate(data, project, LabelStudio.from_env(), min_agreement)
    click.echo(
        f"adjudicate: {report.selected} claim(s) to decide, {report.imported} sent,"
        f" {report.present} already there -> {report.url}"
    )


@annotate.command("status")
@DATA
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def status_command(data: Path, project: str, as_json: bool) -> None:
    """Progress and Krippendorff's alpha of PROJECT; also written to DATA/agreement.json."""
    from annotation.client import LabelStudio
    from annotation.status import render, status

    result = status(data, project, LabelStudio.from_env())
    click.echo(json.dumps(result, indent=2, sort_keys=True) if as_json else render(result))
