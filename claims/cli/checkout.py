"""`claims checkout`: the click adapter over claims.publish.checkout.checkout."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("checkout")
@click.argument("repo")
@click.argument("version")
@click.argument("dest", type=click.Path(path_type=Path))
def checkout_command(repo: str, version: str, dest: Path) -> None:
    """Put version VERSION (vX.Y.Z) of dataset repository REPO into the new folder DEST.

    `load_dataset(DEST)` then reads exactly that version (`datasets` ignores `revision=` for a
    local folder).
    """
    from claims.publish.checkout import checkout

    out = checkout(repo, version, dest)
    click.echo(f"checkout: {version} of {repo} -> {out}")
