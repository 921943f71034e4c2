"""Claim rows -> Label Studio task payloads with a pre-annotated span and the plain-words reading.

Pure functions: no server here. The claim_id travels in the task data, so a push can tell which
claims a project already holds, and a pull can map every judgment back to its claim.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from annotation import config

#: Longest paragraph shown whole; a longer one is cut to a window this long around the claim.
MAX_PARAGRAPH = 2000
#: What a push sends unless --segment says otherwise: the article's own words.
DEFAULT_SEGMENTS = ("body", "title")
SEGMENT_WORDS = {
    "title": "in the headline",
    "byline": "in the byline",
    "body": "in the article body",
    "caption": "in a photo caption",
    "related": "in a related-article teaser",
    "feed": "in a news-feed item of another story",
    "boilerplate": "in page furniture (menu, footer, newsletter box)",
}

BOUND_WORDS = {
    "eq": "",
    "approx": "about ",
    "gt": "more than ",
    "gte": "at least ",
    "lt": "fewer than ",
    "lte": "at most ",
}
HEDGE_WORDS = {
    "asserted": "stated",
    "reported": "reported",
    "estimated": "estimated",
    "speculative": "speculated",
}


def _number(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _present(value: Any) -> bool:
    return (
        value is not None and not (isinstance(value, float) and math.isnan(value)) and value != ""
    )


def quantity_words(claim: Mapping[str, Any]) -> str:
    bound = claim.get("quantity_bound") or "eq"
    if bound == "range":
        low, high = _number(claim.get("quantity_low")), _number(claim.get("quantity_high"))
        amount = f"between {low} and {high}"
    else:
        amount = BOUND_WORDS.get(bound, "") + _number(claim.get("quantity_value"))
    unit, item = claim.get("quantity_unit"), claim.get("quantity_item")
    what = (
        f"{unit} of {item}"
        if _present(unit) and _present(item)
        else (unit if _present(unit) else item)
    )
    return f"{amount} {what}" if _present(what) else amount


def date_words(claim: Mapping[str, Any]) -> str:
    start, end = claim.get("date_start"), claim.get("date_end")
    said = f'"{claim.get("date_text")}"'
    if start is None:
        return f"{said} (not resolved)"
    when = str(start) if end is None or end == start else f"{start} to {end}"
    source = str(claim.get("attribution") or "").lower()
    parts = [str(p) for p in (claim.get("subject"), claim.get("predicate")) if _present(p)]
    # The source is named once, in the tail of the reading: not again as what happened.
    if parts and source and parts[0].lower() == source:
        parts = []
    about = " ".join(parts)
    return f"{said} = {when}" + (f": {about}" if about else "")


def _target_words(target: Mapping[str, Any]) -> str:
    count = target.get("count")
    kind = str(target.get("kind") or "other")
    words = f"{count} {kind}(s)" if count is not None else f"{kind}(s)"
    names = list(target.get("names") or [])
    if target.get("nationality"):
        words += f" from {target['nationality']}"
    return words + (f" ({', '.join(names)})" if names else "")


def sanction_words(claim: Mapping[str, Any]) -> str:
    who = ", ".join(claim.get("sanction_authorities") or []) or "?"
    targets = "; ".join(_target_words(t) for t in claim.get("sanction_targets") or [])
    words = f"{who}: sanctions {claim.get('sanction_status') or '?'}"
    if targets:
        words += f" against {targets}"
    if claim.get("sanction_date") is not None:
        words += f" on {claim['sanction_date']}"
    return words


def reading(claim: Mapping[str, Any]) -> str:
    """The machine's reading of a claim in plain words, with who says so."""
    kind = claim["claim_type"]
    body = {"quantity": quantity_words, "date": date_words, "sanction": sanction_words}[kind](claim)
    verb = HEDGE_WORDS.get(claim.get("hedge") or "", "stated")
    source = claim.get("attribution")
    tail = f"{verb} by {source}" if _present(source) else f"{verb} (no source named)"
    return f"{body} — {tail}"


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) holding [start, end); a longer one is cut to MAX_PARAGRAPH around it."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    if right - left <= MAX_PARAGRAPH:
        return left, right
    room = max(MAX_PARAGRAPH - (end - start), 0)
    lo = max(left, start - room // 2)
    hi = min(right, max(end, lo + MAX_PARAGRAPH))
    lo = max(left, min(lo, hi - MAX_PARAGRAPH))
    # Cut at spaces so no word is split.
    if lo > left:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < right:
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def source_line(
    article: Mapping[str, Any], segment: str | None = None, cut: tuple[int, int] | None = None
) -> str:
    """Outlet, date, where in the page the claim sits, and whether the paragraph was cut."""
    published = article.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    parts = [article.get("outlet") or "unknown outlet", str(published) if published else "undated"]
    if segment:
        parts.append(SEGMENT_WORDS.get(segment, f"in the {segment}"))
    if cut:
        shown, whole = cut
        parts.append(f"paragraph cut: {shown:,} of its {whole:,} characters shown")
    return " · ".join(parts)


def _date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _count(value: Any) -> str:
    return "" if value is None else str(int(value))


def target_line(target: Mapping[str, Any]) -> str:
    """One target group as the annotator edits it: kind | count | names; names | nationality."""
    names = "; ".join(str(n) for n in target.get("names") or [])
    return " | ".join(
        [
            str(target.get("kind") or "other"),
            _count(target.get("count")),
            names,
            str(target.get("nationality") or ""),
        ]
    ).rstrip(" |")


def shown_value(claim: Mapping[str, Any], name: str) -> str:
    """A claim field as the text the correction box starts with ("" when the machine has none)."""
    value = claim.get(name)
    if value is None:
        return ""
    kind = config.FIELD_KINDS[name]
    if kind == "list":
        return "\n".join(str(v) for v in value)
    if kind == "targets":
        return "\n".join(target_line(t) for t in value)
    if isinstance(value, float) and math.isnan(value):
        return ""
    if kind == "number":
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    if kind == "date":
        return _date(value)
    return str(value)


def machine_values(claim: Mapping[str, Any]) -> dict[str, str]:
    """Every correctable field of the claim's type, as shown: pull compares edits against these."""
    names = [n for n, _ in config.CORRECTABLE[""]]
    names += [n for n, _ in config.CORRECTABLE[claim["claim_type"]]]
    return {name: shown_value(claim, name) for name in names}


def span_region(claim: Mapping[str, Any], offset: int) -> dict[str, Any]:
    start, end = claim["span_start"] - offset, claim["span_end"] - offset
    return {
        "id": "span",
        "from_name": config.SPAN,
        "to_name": config.TEXT,
        "type": "labels",
        "value": {
            "start": start,
            "end": end,
            "text": claim["span_text"],
            "labels": [config.SPAN_LABEL],
        },
    }


def _result(name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": name, "from_name": name, "to_name": config.TEXT, "type": kind, "value": value}


def prediction(
    claim: Mapping[str, Any], offset: int, machine: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The machine's pre-annotation: the span, the claim type and every field it can be corrected in.

    Label Studio copies it into the annotator's draft, so each correction box starts with the
    machine's value; empty values are left out (Label Studio drops empty text results anyway).
    """
    result = [
        span_region(claim, offset),
        _result(config.CLAIM_TYPE, "choices", {"choices": [claim["claim_type"]]}),
    ]
    for name, text in (machine if machine is not None else machine_values(claim)).items():
        if text:
            result.append(_result(name, "textarea", {"text": [text]}))
    return {
        "model_version": claim["extractor"],
        "score": float(claim["confidence"]),
        "result": result,
    }


def task_payload(claim: Mapping[str, Any], article: Mapping[str, Any]) -> dict[str, Any]:
    """One task: the data the annotator sees (all shown as plain text) plus the prediction."""
    text = article["text"]
    line_left = text.rfind("\n", 0, claim["span_start"]) + 1
    line_right = text.find("\n", claim["span_end"])
    line_right = len(text) if line_right < 0 else line_right
    whole = line_right - line_left
    if whole <= MAX_PARAGRAPH:
        left, right, cut = line_left, line_right, None
    else:
        left, right = paragraph_bounds(text, claim["span_start"], claim["span_end"])
        cut = (right - left, whole)
    machine = machine_values(claim)
    return {
        "data": {
            "claim_id": claim["claim_id"],
            "claim_type": claim["claim_type"],
            "article_id": claim["article_id"],
            "title": article.get("title") or "(untitled)",
            "source_line": source_line(article, claim.get("segment"), cut),
            "reading": reading(claim),
            "paragraph": text[left:right],
            "offset": left,
            "span_start": claim["span_start"],
            "span_end": claim["span_end"],
            "machine": machine,
            "extractor": claim["extractor"],
        },
        "predictions": [prediction(claim, left, machine)],
    }


def select(
    claims: Iterable[Mapping[str, Any]],
    types: Iterable[str] = (),
    segments: Iterable[str] = DEFAULT_SEGMENTS,
) -> Iterator[Mapping[str, Any]]:
    """The claims a push may send: by type and segment (body and title unless told otherwise)."""
    want_types, want_segments = set(types), set(segments or DEFAULT_SEGMENTS)
    for claim in claims:
        if want_types and claim["claim_type"] not in want_types:
            continue
        if claim.get("segment") not in want_segments:
            continue
        yield claim
