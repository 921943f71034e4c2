"""`claims ingest`: find article files, read them, drop duplicates, write articles.parquet.

Streaming: rows go to the Parquet writer a batch at a time and only the ids seen so far are kept,
so memory stays flat in the corpus size. Files can be read here or by Ray actors
(`engine="ray"`); either way through `read_source`, and the results are taken in input order, so
both engines write the same table.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims import engines, store
from claims.errors import InputError, UsageError
from claims.ingest import DEFAULT_MAX_BYTES
from claims.ingest.readers import READERS, SUFFIXES, Article, Rejected, Result
from claims.progress import Progress

log = logging.getLogger(__name__)
WRITE_EVERY = 500


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


def read_source(path: Path, source: str, max_bytes: int) -> Iterator[Result]:
    """Everything one file yields, lazily: articles and rejections. Never raises for what is in
    the file: hostile input (deep markup, odd bytes) becomes a Rejected with a reason."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield Rejected(source, f"unsupported file type {path.suffix!r}")
        return
    try:
        yield from READERS[kind](path, source, max_bytes)
    except OSError as exc:
        yield Rejected(source, f"cannot read ({exc.strerror or exc})")
    except RecursionError:
        yield Rejected(source, "nested too deeply to parse")
    except (ValueError, LookupError, TypeError, AttributeError, AssertionError) as exc:
        # A parser library (lxml, trafilatura) gave up on the bytes: the file is at fault.
        log.debug("reader failed on %s", source, exc_info=True)
        yield Rejected(source, f"cannot parse ({type(exc).__name__}: {str(exc)[:120]})")


FILES_PER_ITEM = 32


class FileReader:
    """The worker every engine builds once per process or Ray actor: reads a group of files."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes

    def __call__(self, item: dict[str, Any]) -> list[list[Result]]:
        return [list(read_source(Path(p), s, self.max_bytes)) for p, s in item["files"]]


def _results(
    files: list[tuple[Path, str]],
    max_bytes: int,
    engine: str,
    processes: int | None,
    address: str | None,
) -> Iterator[Iterable[Result]]:
    """Each file's results in input order: lazily here, or from workers in groups of files."""
    if engine == "local" and (processes or 1) <= 1:
        for path, source in files:
            yield read_source(path, source, max_bytes)
        return
    items = [
        {"files": [(str(p), s) for p, s in files[i : i + FILES_PER_ITEM]]}
        for i in range(0, len(files), FILES_PER_ITEM)
    ]
    for group in engines.run(engine, FileReader, max_bytes, items, processes, address):
        yield from group


def iter_articles(
    sources: Iterable[str | Path],
    max_bytes: int,
    report: IngestReport,
    engine: str = "local",
    processes: int | None = None,
    address: str | None = None,
    progress: bool = False,
) -> Iterator[dict[str, Any]]:
    """Article rows in input order, each article once (only ids are remembered); files and
    rejections are counted into `report` as they go."""
    files = list(discover(sources))
    seen: set[str] = set()
    with Progress(len(files), "ingest", "file", enabled=progress) as bar:
        stream = _results(files, max_bytes, engine, processes, address)
        for (path, _), results in zip(files, stream, strict=True):
            report.files += path.suffix.lower() in SUFFIXES
            bar.update()
            for result in results:
                if isinstance(result, Rejected):
                    report.rejected.append(result)
                    continue
                row = result.as_row()
                if row["article_id"] in seen:
                    report.duplicates += 1
                    continue
                seen.add(row["article_id"])
                yield row


def read_all(
    sources: Iterable[str | Path], max_bytes: int, report: IngestReport
) -> list[dict[str, Any]]:
    """Every article row at once, for small inputs (gold sets); ingest() streams instead."""
    return list(iter_articles(sources, max_bytes, report))


def ingest(
    sources: Iterable[str | Path],
    out: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    engine: str = "local",
    processes: int | None = None,
    address: str | None = None,
    progress: bool = False,
) -> IngestReport:
    """Read every source and write `out/articles.parquet`; an existing table is only replaced
    whole, and not at all when no article could be read."""
    engines.check(engine, address)
    report = IngestReport()
    target = Path(out) / "articles.parquet"
    rows = iter_articles(sources, max_bytes, report, engine, processes, address, progress)
    writer: store.TableWriter | None = None
    buffer: list[dict[str, Any]] = []
    try:
        for row in rows:
            buffer.append(row)
            if len(buffer) >= WRITE_EVERY:
                writer = writer or store.TableWriter("articles", target)
                writer.write(buffer)
                buffer.clear()
        if buffer:
            writer = writer or store.TableWriter("articles", target)
            writer.write(buffer)
    except BaseException:
        if writer is not None:
            writer.close(commit=False)
        raise
    if writer is None:
        return report
    report.articles = writer.rows
    writer.close()
    report.path = target
    return report


__all__ = [
    "Article",
    "IngestReport",
    "Rejected",
    "discover",
    "ingest",
    "iter_articles",
    "read_all",
    "read_source",
]
