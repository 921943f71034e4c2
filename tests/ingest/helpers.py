"""Shared page pieces and segment look-ups for the ingest tests."""

from __future__ import annotations

import datetime as dt

from claims.ingest.segment import segment_text

TODAY = dt.date(2026, 12, 1)
HEAD = "Central bank holds its key rate as price growth slows\n\n"
ABOVE = (
    "The central bank kept its main lending rate at 9.5 percent on Wednesday, saying that price"
    " growth had slowed for a fourth month and that wages were rising more gently.\n\n"
)
BELOW = (
    "\n\nThe bank's board will meet again in six weeks, and most economists polled by the agency"
    " expect a first cut at that meeting if fuel prices stay low.\n"
)
TANKERS_HEAD = "Ministry adds 12 tankers to its sanctions list\n\n"
TANKERS_BODY = (
    "The ministry said on Monday that it had listed 12 more tankers, bringing the total to 140"
    " vessels, and that further steps would follow.\n\n"
)


def kind_of(page: str, line: str, today: dt.date | None = None) -> str:
    """The kind of the segment that holds `line` (its first occurrence) on `page`."""
    structure = segment_text(page, today)
    at = page.index(line)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    return kind


def kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every segment, in order."""
    return [(s.kind, text[s.start : s.end]) for s in segment_text(text).segments]


def kinds_of(text: str) -> dict[str, list[str]]:
    """The texts of the segments of each kind."""
    out: dict[str, list[str]] = {}
    for seg in segment_text(text).segments:
        out.setdefault(seg.kind, []).append(text[seg.start : seg.end])
    return out
