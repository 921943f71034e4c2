"""Small helpers the sanction tests share: one claim of a text, the claims as an article carries
them, the sanction rows of a whole page run through ingest and extract, target counts per kind,
and the lead sentences later sentences refer back to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.stories import page_rows

Rows = Callable[..., list[dict[str, Any]]]

# Lead sentences that state an action with counted targets, for a later sentence to refer back to.
JAPAN_LEAD = "Japan imposed sanctions on 20 firms and 6 people on Monday. "
CANADA_LEAD = "Canada on Tuesday sanctioned 14 people and 9 firms. "


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


def first_counts(claims_of: Rows, text: str) -> dict[str, int | None]:
    """Target counts of the first sanction claim of `text` (fails when there is none)."""
    rows = claims_of(text, "sanction")
    assert rows, text
    return counts(rows[0])


def last_counts(claims_of: Rows, text: str) -> dict[str, int | None]:
    """Target counts of the last sanction claim of `text` (fails when there is none)."""
    rows = claims_of(text, "sanction")
    assert rows, text
    return counts(rows[-1])


def carried(claims_of: Rows, text: str) -> list[dict[str, Any]]:
    """The sanction rows of a text as an article has them: authorities carried, rows left with
    none dropped."""
    rows = claims_of(text, "sanction", "2025-03-07")
    carry_sanctions(rows)  # type: ignore[arg-type]
    return [r for r in rows if r["sanction_authorities"]]


def story(claims_of: Rows, text: str) -> list[dict[str, Any]]:
    """As `carried`, with the article's text at hand (what the story names outside its claims:
    its members, its home state, a place before an action)."""
    rows = claims_of(text, "sanction", "2025-03-07")
    carry_sanctions(rows, text)  # type: ignore[arg-type]
    return [r for r in rows if r["sanction_authorities"]]


def page_sanctions(tmp_path: Path, text: str) -> list[dict[str, Any]]:
    """The sanction rows of one article run through ingest and extract (lines parsed apart)."""
    return page_rows(tmp_path, text, "sanction")


#: A story body under a test headline: the court that acts and the gang whose holdings it froze,
#: shared by the headline-participle tests so each varies only the headline.
SMUGGLING_GANG_BODY = (
    "\n\nA judge in San Salvador on Monday froze the property of a gang accused of smuggling"
    " cigarettes across the border, El Salvador's prosecutors said.\n\n"
    "The gang hid the cartons in lorries carrying fruit.\n"
)
