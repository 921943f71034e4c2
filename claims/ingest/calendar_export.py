"""A calendar saved as an iCalendar export (.ics text): 'BEGIN:VCALENDAR', then one property a
line ('NAME;PARAMS:value'), a long value folded onto lines that open with a space. The text
stays as saved, so every offset points into it. The properties that carry the events' own words
(claims/data/markup.json, `calendar_export`: their summaries and descriptions) are body, the
calendar's own name is the title, and every other property (the machine's dates, ids, statuses,
categories) is furniture; the export's day is read from its creation stamp, unless the
calendar's own description states the day it was exported ('Exported 3-04-2026 ...')."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from claims.ingest.byline import find_date
from claims.ingest.spans import join_runs
from claims.resources import load_data

#: A content line's property name, its parameters after semicolons, then the colon.
PROPERTY = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9-]*)(?:;[^:\n]*)?:")
#: A basic-format stamp ('20260105T093000Z'): its day.
STAMP_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:T\d{4,6}Z?)?\s*$")


@dataclass
class CalendarPage:
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    title: str | None = None
    published: dt.date | None = None


@cache
def _names() -> dict[str, frozenset[str]]:
    raw = load_data("markup")["calendar_export"]
    return {k: frozenset(n.upper() for n in v) for k, v in raw.items() if not k.startswith("_")}


def _content_lines(text: str) -> list[tuple[str, int, int, int]]:
    """(property name, start of the line, start of its value, end of its last folded line)."""
    out: list[tuple[str, int, int, int]] = []
    at = 0
    for raw in text.splitlines(keepends=True):
        end = at + len(raw.rstrip("\r\n"))
        if raw[:1] in (" ", "\t") and out:
            name, start, value, _ = out[-1]
            out[-1] = (name, start, value, end)  # a folded line goes on with the value above
        elif raw.strip():
            m = PROPERTY.match(raw)
            name = m.group("name").upper() if m else ""
            out.append((name, at, at + (m.end() if m else 0), end))
        at += len(raw)
    return out


def _day(value: str) -> dt.date | None:
    m = STAMP_DAY.search(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


@cache
def _export_label() -> re.Pattern[str]:
    return re.compile("|".join(load_data("markup")["calendar_export"]["export_label"]), re.I)


def _export_day(value: str) -> dt.date | None:
    """The day a calendar's description says it was exported on ('Exported 3-04-2026 ...')."""
    flat = " ".join(value.split())
    m = _export_label().search(flat)
    found = find_date(flat[m.end() :]) if m else None
    return found[0] if found and found[1] == 0 else None


def calendar_page(text: str) -> CalendarPage | None:
    """The page, if the text is an iCalendar export with at least one event text in it."""
    names = _names()
    if not any(text.lstrip().upper().startswith(o) for o in names["opening"]):
        return None
    page = CalendarPage()
    exported: dt.date | None = None
    for name, start, value, end in _content_lines(text):
        if name in names["title"] and page.title is None and end > value:
            page.title = " ".join(text[value:end].split())
            page.spans.append(("boilerplate", start, value))
            page.spans.append(("title", value, end))
        elif name in names["body"] and end > value:
            page.spans.append(("boilerplate", start, value))
            page.spans.append(("body", value, end))
        else:
            if name in names["published"] and page.published is None:
                page.published = _day(text[value:end])
            if name in names["export_note"] and exported is None:
                exported = _export_day(text[value:end])
            page.spans.append(("boilerplate", start, end))
    page.published = exported or page.published
    kinds = {kind for kind, _, _ in page.spans}
    return page if "body" in kinds else None


def calendar_segments(page: CalendarPage) -> list[tuple[str, int, int]]:
    """The page's spans in order, runs of one kind joined."""
    return join_runs(page.spans)
