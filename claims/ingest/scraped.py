"""A page saved with its head's machine-readable metadata left above the text: a JSON-LD block
(`<script type="application/ld+json">` ... `</script>`, a schema.org NewsArticle) and Open Graph,
Twitter-card or meta lines ("og:title: ...", "article:published_time: ..."). Those lines are no
text of the page: they copy its headline and standfirst for search engines and link previews.
The reader takes the headline, the publication day, the authors and the outlet from them, as a
browser's reader view does (claims/data/markup.json, `scraped_head`)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claims.resources import load_data


@dataclass(frozen=True)
class Head:
    """What a scraped head says of its page, and how many of the page's lines it takes."""

    lines: int = 0
    headline: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None


@dataclass(frozen=True)
class _Patterns:
    script_open: re.Pattern[str]
    script_close: re.Pattern[str]
    lines: tuple[re.Pattern[str], ...]
    fields: dict[str, tuple[str, ...]]


@cache
def _patterns() -> _Patterns:
    raw = load_data("markup")["scraped_head"]
    return _Patterns(
        re.compile(raw["script_open"], re.I),
        re.compile(raw["script_close"], re.I),
        tuple(re.compile(p, re.I) for p in raw["lines"]),
        {key: tuple(raw[key]) for key in ("headline", "published", "author", "outlet")},
    )


#: A head line's field and value: 'og:title: ...', 'article:published_time = ...'.
FIELD_LINE = re.compile(r"(\w+:[\w.-]+(?::[\w.-]+)*)\s*[:=]\s*(.*)")
#: A meta tag's name and content: '<meta property="og:title" content="...">'.
META_NAME = re.compile(r"""\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']""", re.I)
META_CONTENT = re.compile(r"""\bcontent\s*=\s*(["'])(.*?)\1""", re.I | re.S)


def scraped_head(texts: list[str]) -> Head:
    """The head block opening the page (its lines' texts, blank lines left out), if any: a
    JSON-LD script and metadata lines, one after another from the first line. A script that
    never closes is no head, and the page keeps all its lines."""
    pat = _patterns()
    scripts: list[str] = []
    fields: dict[str, str] = {}
    taken = 0
    in_script = False
    for text in texts:
        if in_script:
            end = pat.script_close.search(text)
            scripts[-1] += " " + (text[: end.start()] if end else text)
            in_script = end is None
        elif (start := pat.script_open.match(text)) is not None:
            rest = text[start.end() :]
            end = pat.script_close.search(rest)
            scripts.append(rest[: end.start()] if end else rest)
            in_script = end is None
        elif any(p.fullmatch(text) for p in pat.lines):
            fields.update(_line_field(text))
        else:
            break
        taken += 1
    if taken == 0 or in_script:
        return Head()
    items = [item for script in scripts for item in _json_items(script)]
    return Head(
        lines=taken,
        headline=_first_text(items, fields, pat.fields["headline"]),
        published=_day(_first_text(items, fields, pat.fields["published"])),
        authors=_names(items, fields, pat.fields["author"]),
        outlet=next(iter(_names(items, fields, pat.fields["outlet"])), None),
    )


def _line_field(text: str) -> dict[str, str]:
    """The field a head line sets ('og:title' -> its value), from a bare line or a meta tag."""
    name, content = META_NAME.search(text), META_CONTENT.search(text)
    if name is not None and content is not None:
        return {name.group(1).strip(): content.group(2).strip()}
    m = FIELD_LINE.fullmatch(text)
    return {m.group(1): m.group(2).strip()} if m else {}


def _json_items(script: str) -> list[dict[str, Any]]:
    """The objects a JSON-LD script describes (a list of them, or a '@graph' of them)."""
    try:
        data = json.loads(script)
    except ValueError:
        return []
    items = data if isinstance(data, list) else [data]
    out: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            out.extend(g for g in graph if isinstance(g, dict))
        out.append(item)
    return out


def _values(
    items: list[dict[str, Any]], fields: dict[str, str], keys: tuple[str, ...]
) -> list[Any]:
    """The values of the first key that the JSON-LD objects or the head lines set."""
    for key in keys:
        found = [item[key] for item in items if item.get(key)]
        if fields.get(key):
            found.append(fields[key])
        if found:
            return found
    return []


def _first_text(
    items: list[dict[str, Any]], fields: dict[str, str], keys: tuple[str, ...]
) -> str | None:
    text = next((v for v in _values(items, fields, keys) if isinstance(v, str)), None)
    return " ".join(text.split()) if text else None


def _names(
    items: list[dict[str, Any]], fields: dict[str, str], keys: tuple[str, ...]
) -> tuple[str, ...]:
    """People's or an organisation's names: a string, an object with a name, or a list of them."""
    names: list[str] = []
    for value in _values(items, fields, keys)[:1]:
        for one in value if isinstance(value, list) else [value]:
            name = one.get("name") if isinstance(one, dict) else one
            if isinstance(name, str) and name.strip() and not name.startswith("http"):
                names.append(" ".join(name.split()))
    return tuple(names)


def _day(value: str | None) -> dt.date | None:
    """The calendar day of an ISO 8601 stamp ('2026-03-12T09:40:00+02:00'), as the page wrote it."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
