"""Numbers a sanction reading took as its target counts come back as quantities when the
extractor drops that sanction (no authority): a dropped claim never swallows a figure."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from claims.extract.corpus import extract_rows

CASES = [
    (
        "Storm update\n\n- Nearly 300,000 homes and businesses without power, 90K of them in Ohio\n",
        300_000,
        "homes and businesses",
    ),
    (
        "Phone makers had a mixed year.\n\nThe market in numbers\n"
        "- Full-year 2023 shipments: 4.1 million units (record)\n",
        4_100_000,
        "shipments",
    ),
    (
        "Flood update\n\n- Some 45,000 shops and firms without heating after the gas leak\n",
        45_000,
        "shops and firms",
    ),
    ("Bike makers\n\n- Annual 2021 output: 2.5 million units, a new high\n", 2_500_000, "output"),
]


def _rows(nlp: Language, text: str) -> list[dict[str, Any]]:
    article = {"article_id": "a", "text": text, "title": None, "published": None, "segments": None}
    rows, _ = extract_rows(nlp, [article], "test")
    return [dict(r) for r in rows]


@pytest.mark.parametrize(("text", "value", "item"), CASES)
def test_a_dropped_sanction_gives_its_counts_back(
    nlp: Language, text: str, value: int, item: str
) -> None:
    rows = _rows(nlp, text)
    assert not [r for r in rows if r["claim_type"] == "sanction"]
    found = [
        r
        for r in rows
        if r["claim_type"] == "quantity" and r["quantity_value"] == pytest.approx(value)
    ]
    assert len(found) == 1 and found[0]["quantity_item"] == item


def test_a_kept_sanction_keeps_its_counts(nlp: Language) -> None:
    rows = _rows(nlp, "The EU froze the assets of 12 firms on Monday.")
    assert [r["claim_type"] for r in rows if r["claim_type"] != "date"] == ["sanction"]


def test_a_dropped_sanction_that_states_its_action_keeps_its_counts(nlp: Language) -> None:
    """'Blacklisted': an action whose authority went unread; its counts are targets, not
    quantities, though the claim is not written."""
    rows = _rows(nlp, "Weekly roundup\n\n- Blacklisted this week: 8 people, 3 firms\n")
    assert not [r for r in rows if r["claim_type"] in ("sanction", "quantity")]
