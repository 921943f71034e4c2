"""An entry ban on people the story names by what they do, not by a target word ('bars 40
visiting hooligans', 'seven fishers banned from the islands'): the group is persons, counted, as
'bars 40 people' is. The words are sanction-only (sanctions.json `sanction_target_kinds`); 'fans'
stays out of them (a club's own stadium bans are told of fans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

BODY = (
    "\n\nThe Maltese interior ministry on Friday barred a group of foreign visitors from"
    " entering the country for three years, Malta's state news agency said.\n\n"
    "The visitors had been expected at a match in the capital.\n"
)


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Malta bars 30 foreign ultras before cup final", 30),
        ("Twelve foreign fishermen banned from Malta", 12),
        ("Malta has barred nine hooligans from the derby", 9),
        ("Eight ticket touts barred from entering Malta", 8),
    ],
)
def test_people_named_by_their_pursuit_are_counted_persons(
    tmp_path: Path, headline: str, count: int
) -> None:
    rows = page_sanctions(tmp_path, headline + BODY)
    heads = [r for r in rows if r["span_start"] < len(headline)]
    assert len(heads) == 1, rows
    assert [(t["kind"], t["count"]) for t in heads[0]["sanction_targets"]] == [("person", count)]
