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

#: Longest paragraph shown; a longer one falls back to the claim's sentence.
MAX_PARAGRAPH = 2000

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
    about = " ".join(str(p) for p in (claim.get("subject"), claim.get("predicate")) if _present(p))
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
    """The line (paragraph) holding [start, end), or just that range when the line is too long."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    if right - left > MAX_PARAGRAPH:
        return start, end
    return left, right


def source_line(article: Mapping[str, Any]) -> str:
    published = article.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    parts = [article.get("outlet") or "unknown outlet", str(published) if published else "undated"]
    return " · ".join(parts)


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


def prediction(claim: Mapping[str, Any], offset: int) -> dict[str, Any]:
    """The machine's pre-annotation: the highlighted span and its claim type, by extractor."""
    claim_type = {
        "id": "type",
        "from_name": config.CLAIM_TYPE,
        "to_name": config.TEXT,
        "type": "choices",
        "value": {"choices": [claim["claim_type"]]},
    }
    return {
        "model_version": claim["extractor"],
        "score": float(claim["confidence"]),
        "result": [span_region(claim, offset), claim_type],
    }


def task_payload(claim: Mapping[str, Any], article: Mapping[str, Any]) -> dict[str, Any]:
    """One task: the data the annotator sees (all shown as plain text) plus the prediction."""
    text = article["text"]
    left, right = paragraph_bounds(text, claim["sentence_start"], claim["sentence_end"])
    return {
        "data": {
            "claim_id": claim["claim_id"],
            "claim_type": claim["claim_type"],
            "article_id": claim["article_id"],
            "title": article.get("title") or "(untitled)",
            "source_line": source_line(article),
            "reading": reading(claim),
            "paragraph": text[left:right],
            "span_text": claim["span_text"],
            "extractor": claim["extractor"],
        },
        "predictions": [prediction(claim, left)],
    }


def select(
    claims: Iterable[Mapping[str, Any]],
    types: Iterable[str] = (),
    segments: Iterable[str] = (),
) -> Iterator[Mapping[str, Any]]:
    """The claims a push may send: filtered by type and segment (push applies --limit to new ones)."""
    want_types, want_segments = set(types), set(segments)
    for claim in claims:
        if want_types and claim["claim_type"] not in want_types:
            continue
        if want_segments and claim["segment"] not in want_segments:
            continue
        yield claim
