"""Mark the structure of a page saved as plain text: title, byline, body, caption, related, feed,
boilerplate. Patterns are data (data/page_furniture.json); the text itself is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claims.ingest.byline import Byline, parse_byline
from claims.resources import load_data

TERMINAL = (".", "!", "?", '"', "”", "’", "'", ":", "…", ")")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    block: int


@dataclass(frozen=True)
class Segment:
    kind: str
    start: int
    end: int

    def as_row(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = load_data("page_furniture")
    return {
        key: re.compile("^(?:" + "|".join(values) + r")\s*$", re.I)
        for key, values in raw.items()
        if not key.startswith("_")
    }


def is_(kind: str, text: str) -> bool:
    return _patterns()[kind].match(text) is not None


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their stripped offsets and the blank-line-separated block they sit in."""
    lines: list[Line] = []
    block, pos, blank = 0, 0, False
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            if blank and lines:
                block += 1
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append(Line(start, start + len(stripped), stripped, block))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return lines


def _is_teaser_head(line: Line, following: Line | None) -> bool:
    """A headline of another article: no closing punctuation, with its excerpt under it in one block."""
    if following is None or following.block != line.block:
        return False
    return not line.text.endswith(TERMINAL) and len(line.text.split()) >= 4


HEADER_WINDOW = 12  # lines searched for a byline at the top of a page
BYLINE_MAX_WORDS = 25


def _looks_like_byline(text: str) -> bool:
    """A byline line, not a body sentence that happens to start with "By": short, no full stop."""
    return (
        is_("byline_start", text)
        and not is_("boilerplate", text)
        and len(text.split()) <= BYLINE_MAX_WORDS
        and not text.endswith(".")
    )


def title_index(lines: list[Line]) -> int | None:
    """The headline sits right above the byline: the nearest line before it that is not furniture.

    Lines above the headline (site name, section labels, menus, a "Live" kicker) are page furniture.
    """
    for i, line in enumerate(lines[:HEADER_WINDOW]):
        if _looks_like_byline(line.text):
            for j in range(i - 1, -1, -1):
                if not (is_("boilerplate", lines[j].text) or is_("caption", lines[j].text)):
                    return j
            return None
    return None


class _State:
    """Walks the lines once; `kind_of` decides a line's kind from the lines and the page region."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.region = "header"  # header -> body -> feed/footer
        self.title: Line | None = None
        self.byline: Line | None = None
        self.teaser_block = -1
        self.title_at = title_index(lines)

    def kind_of(self, i: int) -> str:
        line = self.lines[i]
        text = line.text
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if self.region == "header" and self.title_at is not None and i < self.title_at:
            return "boilerplate"
        if is_("feed_start", text):
            self.region = "feed"
            return "feed"
        if self.region != "header" and is_("footer_start", text):
            self.region = "footer"
            return "boilerplate"
        if is_("boilerplate", text):
            return "boilerplate"
        if self.region == "feed":
            return "feed"
        if self.region == "footer":
            return "boilerplate"
        if self.region == "header":
            kind = self._header_kind(line)
            if kind is not None:
                return kind
            self.region = "body"
        if is_("caption", text):
            return "caption"
        if line.block == self.teaser_block or is_("related_line", text):
            return "related"
        if _is_teaser_head(line, nxt):
            self.teaser_block = line.block
            return "related"
        return "body"

    def _header_kind(self, line: Line) -> str | None:
        if self.title is None and not _looks_like_byline(line.text):
            self.title = line
            return "title"
        if self.byline is None and _looks_like_byline(line.text):
            self.byline = line
            return "byline"
        if is_("caption", line.text):
            return "caption"
        return None


def _merge(spans: list[tuple[str, Line]]) -> list[Segment]:
    merged: list[Segment] = []
    for kind, line in spans:
        if merged and merged[-1].kind == kind:
            merged[-1] = Segment(kind, merged[-1].start, line.end)
        else:
            merged.append(Segment(kind, line.start, line.end))
    return merged


@dataclass(frozen=True)
class Structure:
    segments: list[Segment]
    title: str | None
    byline: Byline


def segment_text(text: str) -> Structure:
    """Segments of a plain-text page, with its title and parsed byline."""
    lines = split_lines(text)
    state = _State(lines)
    spans = [(state.kind_of(i), line) for i, line in enumerate(lines)]
    byline = parse_byline(state.byline.text) if state.byline else Byline()
    title = state.title.text if state.title else None
    if title is not None and title.endswith((".", "!", "?")) and len(title.split()) > 25:
        title = None  # a first paragraph, not a headline
        spans = [("body" if line is state.title else kind, line) for kind, line in spans]
    return Structure(_merge(spans), title, byline)
