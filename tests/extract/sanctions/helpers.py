"""Small helpers the sanction tests share: one claim of a text, and its target counts per kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Rows = Callable[..., list[dict[str, Any]]]


def only(claims_of: Rows, text: str) -> dict[str, Any]:
    """The one sanction claim of `text` (fails when there are none or several)."""
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    return rows[0]


def counts(row: dict[str, Any]) -> dict[str, int | None]:
    """A claim's targets as {kind: total count}, None for a kind with no count."""
    out: dict[str, int | None] = {}
    for t in row["sanction_targets"]:
        out[t["kind"]] = (
            (out.get(t["kind"]) or 0) + t["count"] if t["count"] else out.get(t["kind"])
        )
    return out
