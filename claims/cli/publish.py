"""`claims publish`: the click adapter over claims.publish.publisher.publish."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from claims.publish.git import BUMPS

if TYPE_CHECKING:
    from claims.publish.publisher import PublishReport


def _print(report: PublishReport) -> None:
    if report.uploaded_only:
        click.echo(
            f"publish: uploaded the existing v{report.version} to the Hub, "
            f"commit {(report.hub_commit or '')[:12]}"
        )
        return
    counts = ", ".join(
        f"{config} " + "/".join(str(n) for n in rows.values())
        for config, rows in report.rows.items()
    )
    click.echo(f"publish: v{report.version} -> {report.repo} (commit {report.commit[:12]})")
    click.echo(f"  rows (train/validation/test): {counts}")
    click.echo(f"  {report.changes.summary}")
    if report.pushed_to:
        click.echo(f"  pushed to {report.pushed_to}")
    if report.hub_commit:
        click.echo(f"  uploaded to the Hub, commit {report.hub_commit[:12]}, tag v{report.version}")


@click.command("publish")
@click.argument("data", type=click.Path(path_type=Path))
@click.option(
    "--repo",
    "repo",
    required=True,
    type=click.Path(path_type=Path),
    help="Dataset repository folder (a git repository on a branch, clean; created if missing).",
)
@click.option(
    "--version",
    "version",
    help="Version to publish, X.Y.Z (newer than every tag); with --hub, an existing version "
    "not yet on the Hub is uploaded as it is.",
)
@click.option(
    "--bump", type=click.Choice(BUMPS), help="Publish the next major, minor or patch version."
)
@click.option(
    "--splits",
    default=None,
    help="Train, validation, test proportions, assigned per article "
    "[default: the previous version's, else 0.8,0.1,0.1].",
)
@click.option("--push-remote", help="Git remote (URL or path) to push the commit and tag to.")
@click.option(
    "--hub",
    "hub_repo",
    metavar="ORG/NAME",
    help="Also upload to this Hugging Face Hub dataset (token from HF_TOKEN).",
)
@click.option(
    "--name", "pretty_name", help="Dataset pretty name [default: the previous, or Claims]."
)
@click.option(
    "--license",
    "license_",
    help="Hub license id (e.g. cc-by-nc-4.0) or `other`; required for the first version.",
)
@click.option("--license-name", help="With --license other: the license's name.")
@click.option("--license-link", help="With --license other: a URL of the license text.")
@click.option("--curators", help="Who curates the dataset (card and citation authors).")
@click.option("--contact", help="How to reach the curators (e-mail or URL).")
def publish_command(
    data: Path,
    repo: Path,
    version: str | None,
    bump: str | None,
    splits: str | None,
    push_remote: str | None,
    hub_repo: str | None,
    pretty_name: str | None,
    license_: str | None,
    license_name: str | None,
    license_link: str | None,
    curators: str | None,
    contact: str | None,
) -> None:
    """Validate DATA (articles, claims[, annotations, verdicts, missed_claims]), then publish it as a
    versioned Hugging Face dataset repository."""
    from claims.publish.licenses import parse
    from claims.publish.publisher import publish
    from claims.publish.tables import parse_splits

    report = publish(
        data,
        repo,
        version=version,
        bump=bump,
        splits=parse_splits(splits) if splits else None,
        push_remote=push_remote,
        hub_repo=hub_repo,
        pretty_name=pretty_name,
        license=parse(license_, license_name, license_link),
        curators=curators,
        contact=contact,
        progress=True,
    )
    _print(report)
