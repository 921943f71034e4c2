"""A story saved as a news API's raw JSON response: the file is the object the API sent (its
status and request fields, the article object with its headline, standfirst and body as escaped
strings, an image with its caption, tags, related headlines, adverts). The text stays as saved,
so every offset points into it; the segments are the spans of the string values, each by the
innermost key that names a part of the page (claims/data/markup.json, `api_response`), and the
JSON's own marks and the other fields are boilerplate."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache

from claims.ingest.spans import join_runs
from claims.resources import load_data

#: A JSON token: a string (escapes kept), a mark, or a bare literal (a number, true, null).
TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


@dataclass
class ApiPage:
    """What the response holds: (kind, start, end) of its string values, and its metadata."""

    spans: list[tuple[str, int, int]] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None


@cache
def _keys() -> dict[str, frozenset[str]]:
    raw = load_data("markup")["api_response"]
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def _strings(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(path of keys, start, end) of every string value, the quotes left out."""
    out: list[tuple[tuple[str, ...], int, int]] = []
    path: list[str] = []  # the key each open container sits under
    stack: list[str] = []  # '{' or '['
    key: str | None = None
    tokens = list(TOKEN.finditer(text))
    for n, m in enumerate(tokens):
        tok = m.group()
        after = tokens[n + 1].group() if n + 1 < len(tokens) else ""
        if tok in "{[":
            path.append((key or "") if stack and stack[-1] == "{" else (path[-1] if path else ""))
            stack.append(tok)
            key = None
        elif tok in "}]":
            stack.pop()
            path.pop()
            key = None
        elif tok.startswith('"') and after == ":" and stack and stack[-1] == "{":
            key = json.loads(tok)
        elif tok.startswith('"'):
            here = key if stack and stack[-1] == "{" else None
            keys = tuple(p for p in [*path, here] if p)
            out.append((keys, m.start() + 1, m.end() - 1))
    return out


def _kind(keys: tuple[str, ...]) -> str:
    names = _keys()
    if any(k in names["boilerplate"] for k in keys):
        return "boilerplate"  # an advert's copy, whatever its own key
    if any(k in names["related"] for k in keys):
        return "related"
    for k in reversed(keys):
        for kind in ("title", "body", "caption", "byline"):
            if k in names[kind]:
                return kind
    return "boilerplate"


def api_page(text: str) -> ApiPage | None:
    """The page, if the whole text is one JSON object with a headline and a body in it, or a
    feed: a JSON array of such items, the first item's headline the page's and each later
    item's headline a story of the feed (body)."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    feed = isinstance(parsed, list)
    if feed and not (parsed and all(isinstance(item, dict) for item in parsed)):
        return None
    page = ApiPage()
    names = _keys()
    for keys, start, end in _strings(text):
        kind = _kind(keys)
        value = json.loads(f'"{text[start:end]}"')
        if kind == "title" and page.title is None:
            page.title = " ".join(value.split())
        elif kind == "title" and feed:
            kind = "body"  # a later item's own headline in a feed: one of its stories
        elif kind == "title":
            kind = "boilerplate"  # a section's or a picture's own name, no second headline
        if kind == "byline" and value.strip():
            page.authors.append(" ".join(value.split()))
        if keys and keys[-1] in names["published"] and page.published is None:
            with contextlib.suppress(ValueError):
                page.published = dt.date.fromisoformat(value[:10])
        page.spans.append((kind, start, end))
    kinds = {kind for kind, _, _ in page.spans}
    return page if page.title and "body" in kinds else None


def api_segments(text: str, page: ApiPage) -> list[tuple[str, int, int]]:
    """The page's spans in order, the JSON between them (its keys and marks) as boilerplate,
    runs of one kind joined."""
    out: list[tuple[str, int, int]] = []
    at = 0
    for kind, start, end in sorted(page.spans, key=lambda s: s[1]):
        gap = text[at:start]
        if gap.strip():
            lead = len(gap) - len(gap.lstrip())
            out.append(("boilerplate", at + lead, at + len(gap.rstrip())))
        if end > start:
            out.append((kind, start, end))
        at = end
    tail = text[at:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        out.append(("boilerplate", at + lead, at + len(tail.rstrip())))
    return join_runs(out)
