"""Ingest: article files (.txt, .html, .jsonl) in, `articles.parquet` out.

Readers turn one file into article records, the page segmenter marks title, byline, body,
captions, teasers, feeds and boilerplate in plain text, and the byline parser gives authors, outlet
and publication date. `corpus.ingest` finds the files, drops duplicates and writes the table.
"""

#: Largest input file accepted by default (bytes).
DEFAULT_MAX_BYTES = 10_000_000
