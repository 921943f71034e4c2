"""Helpers the quantity rule tests share: pick the one quantity a test is about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Rows = Callable[..., list[dict[str, Any]]]


def found(claims_of: Rows, text: str, anchor: str) -> dict[str, Any]:
    """The one quantity whose span covers `anchor`."""
    start = text.index(anchor)
    rows = [
        r
        for r in claims_of(text, "quantity")
        if r["span_start"] < start + len(anchor) and start < r["span_end"]
    ]
    assert len(rows) == 1, (anchor, claims_of(text, "quantity"))
    return rows[0]


def one(claims_of: Rows, text: str) -> dict[str, Any]:
    """The only quantity in `text`."""
    rows = claims_of(text, "quantity")
    assert len(rows) == 1, rows
    return rows[0]


def on_a_page(line: str) -> str:
    """`line` as a data line under a heading, as an article body lays it out."""
    return f"Weekly data\n\n{line}\n"
