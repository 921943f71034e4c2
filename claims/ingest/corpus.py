"""`claims ingest`: find article files, read them, drop duplicates, write articles.parquet."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims import store
from claims.errors import InputError, UsageError
from claims.ingest import DEFAULT_MAX_BYTES
from claims.ingest.readers import READERS, SUFFIXES, Article, Rejected

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one ingest run did: counts for the summary, every rejection with its reason."""

    files: int = 0
    articles: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    path: Path | None = None


def discover(sources: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """(file, source name) pairs: files as given; folders searched recursively, names relative."""
    for raw in sources:
        root = Path(raw)
        if root.is_file():
            yield root, str(raw)
        elif root.is_dir():
            found = sorted(
                p
                for p in root.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
            if not found:
                raise UsageError("no articles found (.txt, .html, .htm or .jsonl files)", root)
            for path in found:
                yield path, path.relative_to(root).as_posix()
        else:
            raise InputError("no such file or folder", root)


def read_all(
    sources: Iterable[str | Path], max_bytes: int, report: IngestReport
) -> list[dict[str, Any]]:
    """Article rows in input order, each article once; rejections go into the report."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path, source in discover(sources):
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            report.rejected.append(Rejected(source, f"unsupported file type {path.suffix!r}"))
            continue
        report.files += 1
        try:
            results = list(READERS[kind](path, source, max_bytes))
        except OSError as exc:
            results = [Rejected(source, f"cannot read ({exc.strerror or exc})")]
        for result in results:
            if isinstance(result, Rejected):
                report.rejected.append(result)
                continue
            row = result.as_row()
            if row["article_id"] in seen:
                report.duplicates += 1
                continue
            seen.add(row["article_id"])
            rows.append(row)
    return rows


def ingest(
    sources: Iterable[str | Path], out: str | Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> IngestReport:
    """Read every source and write `out/articles.parquet`; an existing table is only replaced whole."""
    report = IngestReport()
    rows = read_all(sources, max_bytes, report)
    report.articles = len(rows)
    if rows:
        report.path = store.write_table("articles", rows, out)
    log.info(
        "ingest: %d file(s), %d article(s) written, %d duplicate(s), %d rejected",
        report.files,
        report.articles,
        report.duplicates,
        len(report.rejected),
    )
    return report


__all__ = ["Article", "IngestReport", "Rejected", "discover", "ingest"]
