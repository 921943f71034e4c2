"""Turn one input file into article records: .txt, .html/.htm and .jsonl. Pure parsing, no writing.

Each reader yields `Article` records or `Rejected` notes (a bad JSONL line must not stop the
good lines of the same file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from claims.ids import article_id
from claims.ingest.byline import find_date
from claims.ingest.segment import Segment, segment_text

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


@dataclass
class Article:
    source: str
    text: str
    content_sha256: str
    segments: list[Segment]
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None

    def as_row(self) -> dict[str, Any]:
        return {
            "article_id": article_id(self.text),
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "authors": self.authors,
            "published": self.published,
            "text": self.text,
            "segments": [s.as_row() for s in self.segments],
            "content_sha256": self.content_sha256,
        }


@dataclass(frozen=True)
class Rejected:
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


Result = Article | Rejected
WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
PARSER_LOGGERS = frozenset({"trafilatura", "htmldate", "courlan", "justext"})


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_bytes(data: bytes, max_bytes: int) -> str | None:
    """Why raw bytes cannot be an article, or None when they may be one."""
    if len(data) > max_bytes:
        return f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit (--max-bytes)"
    if not data.strip():
        return "empty file"
    for bom, name in WIDE_BOMS:
        if data.startswith(bom):
            return f"{name} text (byte-order mark); only UTF-8 is read, convert it first"
    if b"\x00" in data[:8192]:
        return "binary file, not text"
    return None


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason): strict UTF-8, so offsets never point into guessed text."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"


def from_plain_text(text: str, source: str, raw: bytes) -> Article:
    structure = segment_text(text)
    by = structure.byline
    return Article(
        source=source,
        text=text,
        content_sha256=sha256(raw),
        segments=structure.segments,
        title=structure.title,
        authors=by.authors,
        outlet=by.outlet,
        published=by.published,
    )


def _too_large(path: Path, max_bytes: int) -> str | None:
    """Checked before reading, so a huge file is never loaded to be refused."""
    size = path.stat().st_size
    if size > max_bytes:
        return f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit (--max-bytes)"
    return None


def read_txt(path: Path, source: str, max_bytes: int) -> Iterator[Result]:
    too_large = _too_large(path, max_bytes)
    if too_large:
        yield Rejected(source, too_large)
        return
    data = path.read_bytes()
    reason = check_bytes(data, max_bytes)
    text, reason = (None, reason) if reason else decode(data)
    if text is None:
        yield Rejected(source, reason or "unreadable")
        return
    yield from_plain_text(text, source, data)


def _html_article(html: bytes | str, source: str, raw: bytes, url: str | None = None) -> Result:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # trafilatura logs every unparsable page as an ERROR; the Rejected below says it once, so its
    # own lines are kept for -vv (DEBUG) only.
    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        for name in list(logging.root.manager.loggerDict):
            if name.split(".")[0] in PARSER_LOGGERS:
                logging.getLogger(name).setLevel(logging.CRITICAL)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return Rejected(
            source, "no article text found in the HTML (only markup, scripts or styles?)"
        )
    meta: dict[str, Any] = (
        doc if isinstance(doc, dict) else doc.as_dict() if doc is not None else {}
    )
    title = meta.get("title")
    segments = _html_segments(text, title)
    date = find_date(meta.get("date") or "")
    authors = [a.strip() for a in (meta.get("author") or "").split(";") if a.strip()]
    return Article(
        source=source,
        text=text,
        content_sha256=sha256(raw),
        segments=segments,
        title=title,
        url=meta.get("url") or url,
        outlet=meta.get("sitename"),
        authors=authors,
        published=date[0] if date else None,
    )


def _html_segments(text: str, title: str | None) -> list[Segment]:
    first_line_end = text.find("\n") if "\n" in text else len(text)
    if title and text[:first_line_end].strip() == title.strip():
        rest = len(text) - len(text[first_line_end:].lstrip())
        segs = [Segment("title", 0, first_line_end)]
        if rest < len(text):
            segs.append(Segment("body", rest, len(text)))
        return segs
    return [Segment("body", 0, len(text))]


def read_html(path: Path, source: str, max_bytes: int) -> Iterator[Result]:
    too_large = _too_large(path, max_bytes)
    if too_large:
        yield Rejected(source, too_large)
        return
    data = path.read_bytes()
    reason = check_bytes(data, max_bytes)
    if reason:
        yield Rejected(source, reason)
        return
    yield _html_article(data, source, data)


def _parse_published(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("'published' must be a date string like 2024-04-02")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        found = find_date(value)
        if found is None:
            raise ValueError(f"'published' is not a date: {value!r}") from None
        return found[0]


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string")
    return value or None


def _jsonl_article(obj: Any, default_source: str, raw: bytes) -> Result:
    if not isinstance(obj, dict):
        raise ValueError("each line must be a JSON object")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise ValueError("needs a 'text' or 'html' string field")
    source = _optional_str(obj, "source") or default_source
    url = _optional_str(obj, "url")
    published = _parse_published(obj.get("published"))
    if isinstance(text, str):
        if not text.strip():
            raise ValueError("'text' is empty")
        result: Result = from_plain_text(text, source, raw)
    else:
        result = _html_article(str(html), source, raw, url)
    if isinstance(result, Article):
        result.url = url or result.url
        result.title = _optional_str(obj, "title") or result.title
        result.outlet = _optional_str(obj, "outlet") or result.outlet
        result.published = published or result.published
        authors = obj.get("authors")
        if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
            result.authors = authors
    return result


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) for each line, or (number, None) for a line longer than max_bytes, which
    is skipped without ever being held whole."""
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
                size += len(raw)
            yield number, None
            continue
        yield number, raw


def read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[Result]:
    """One article per line, read a line at a time; a broken or oversized line is rejected with
    its number and the rest still read."""
    seen_any = False
    with path.open("rb") as handle:
        for number, raw in _lines(handle, max_bytes):
            if raw is None:
                seen_any = True
                yield Rejected(
                    source,
                    f"line is over the {max_bytes / 1e6:.1f} MB limit (--max-bytes)",
                    number,
                )
                continue
            if not raw.strip():
                continue
            seen_any = True
            yield _jsonl_line(raw, source, number)
    if not seen_any:
        yield Rejected(source, "empty file")


def _jsonl_line(raw: bytes, source: str, number: int) -> Result:
    text, reason = decode(raw)
    if text is None:
        return Rejected(source, reason or "unreadable", number)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Rejected(source, f"invalid JSON ({exc.msg} at column {exc.colno})", number)
    except RecursionError:
        return Rejected(source, "invalid JSON (nested too deeply)", number)
    try:
        result = _jsonl_article(obj, f"{source}#{number}", raw.rstrip(b"\r\n"))
    except ValueError as exc:
        return Rejected(source, str(exc), number)
    if isinstance(result, Rejected):
        return Rejected(source, result.reason, number)
    return result


READERS = {"txt": read_txt, "html": read_html, "jsonl": read_jsonl}
