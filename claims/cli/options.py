"""Click options that several commands share, written once so their help and defaults agree."""

from __future__ import annotations

from pathlib import Path

import click

from claims.extract import DEFAULT_MODEL
from claims.ingest import DEFAULT_MAX_BYTES

sources_argument = click.argument(
    "sources", nargs=-1, required=True, type=click.Path(path_type=Path)
)
out_option = click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the dataset tables (articles.parquet, claims.parquet).",
)
max_bytes_option = click.option(
    "--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Largest input file accepted."
)
model_option = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="spaCy model package or path."
)
processes_option = click.option(
    "--processes",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for nlp.pipe.",
)
