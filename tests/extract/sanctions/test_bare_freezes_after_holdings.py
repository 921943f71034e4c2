"""A bare 'the freeze' in a paragraph that names no holdings is an asset freeze when an earlier
paragraph of the article spoke of the assets or accounts frozen, in any status ('lifted the
freeze on a shop', 'the freeze was extended'); a compound of another kind ('a hiring
freeze') stays none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "Court freezes assets of fraud ring\n\n"
    "A court in Valletta on Monday froze the assets of nine people and four companies linked to"
    " a betting fraud, Malta's police said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("On appeal, the same judge lifted the freeze on a Sliema bakery.", "lifted"),
        ("A freeze put in place in May on three brokers was extended this week.", "extended"),
        ("The court also lifted a freeze on a car dealer after an acquittal.", "lifted"),
        ("Last week the court extended the freeze on three brothers by six months.", "extended"),
    ],
)
def test_a_bare_freeze_after_a_paragraph_of_holdings_is_an_asset_freeze(
    tmp_path: Path, text: str, status: str
) -> None:
    rows = page_sanctions(tmp_path, LEAD + text + "\n")
    start = len(LEAD)
    later = [r for r in rows if r["span_start"] >= start]
    assert [r["sanction_status"] for r in later] == [status], rows


def test_a_hiring_freeze_stays_none(tmp_path: Path) -> None:
    rows = page_sanctions(tmp_path, LEAD + "The ministry lifted a hiring freeze on Tuesday.\n")
    assert all(r["span_start"] < len(LEAD) for r in rows), rows
