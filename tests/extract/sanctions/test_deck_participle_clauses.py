"""A standfirst of headline passives joined by semicolons tells one action a clause: holdings
frozen (the participle read as an adjective, with its list as subject or closing the list), then
people barred; a deck of no sanction makes none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

HEADLINE = "Magistrate freezes assets of a fake charity\n\n"
BODY = (
    "\n\nQUITO - Judges of the Quito Provincial Court put a freeze on property held by eight men"
    " and a firm on Monday.\n"
)


@pytest.mark.parametrize(
    ("deck", "expected"),
    [
        (
            "Funds of five men, a trust and a yacht frozen; three couriers barred",
            ["frozen", "barred"],
        ),
        ("Twenty accounts and three trucks frozen; four couriers barred", ["frozen", "barred"]),
        (
            "Eighteen accounts and two vans frozen; prosecutors ask Peru to freeze a further"
            " $2 million",
            ["frozen"],
        ),
        (
            "Thirty bank accounts, a lorry and four shops frozen; the ring's leader is still at large",
            ["frozen"],
        ),
    ],
)
def test_each_sanction_clause_of_a_deck_is_a_claim(
    tmp_path: Path, deck: str, expected: list[str]
) -> None:
    rows = page_sanctions(tmp_path, HEADLINE + deck + BODY)
    spans = [r["span_text"] for r in rows if r["sentence"].strip() in deck]
    assert len(spans) == len(expected), [(r["span_text"], r["sentence"]) for r in rows]
    assert all(word in span for word, span in zip(expected, spans, strict=True)), spans
    assert all(r["sanction_authorities"] == ["Ecuador"] for r in rows)


def test_a_deck_of_no_sanction_makes_none(tmp_path: Path) -> None:
    page = (
        "Harbour reopens after the storm\n\nTwo cranes damaged; the ferries resumed on Sunday\n\n"
        "The port said traffic was back to normal.\n"
    )
    assert page_sanctions(tmp_path, page) == []
