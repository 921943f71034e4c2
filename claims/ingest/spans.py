"""Spans of a page's text by kind ('body', 'title', 'boilerplate', ...), as the readers of a
whole-page format (a news API's JSON, a calendar export) hand them to segmentation."""

from __future__ import annotations

from collections.abc import Iterable


def join_runs(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Spans in order with each run of one kind joined into one span; empty spans dropped."""
    merged: list[tuple[str, int, int]] = []
    for kind, start, end in spans:
        if end <= start:
            continue
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1], end)
        else:
            merged.append((kind, start, end))
    return merged
