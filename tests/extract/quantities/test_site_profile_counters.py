"""A forum's or a site's member and activity counters, written as labelled cells of one strip
('Joined: 2019 · Posts: 412', 'Members: 9,120 · Topics: 3,004'), count the site's users and
posts, no claim of the story; a single labelled line in a fact box still holds a quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("#4  DeltaGrower  (Joined: Feb 2016 · Posts: 1,877 · Moree NSW)\n", "1,877"),
        ("Members: 12,930 · Topics: 40,118 · Online now: 95\n", "12,930"),
        ("Members: 12,930 · Topics: 40,118 · Online now: 95\n", "40,118"),
        ("Members: 12,930 · Topics: 40,118 · Online now: 95\n", "95"),
        ("OldTractorFan | Joined: 2012 | Posts: 7,310 | Reputation: 88\n", "7,310"),
        ("Threads: 801 • Posts: 12,448 • Newest member: Kaylee\n", "801"),
    ],
)
def test_a_sites_labelled_counters_are_no_quantities(
    claims_of: Rows, text: str, figure: str
) -> None:
    rows = claims_of(text, "quantity")
    assert not [r for r in rows if figure in text[r["span_start"] : r["span_end"]]], rows


def test_one_labelled_count_in_a_story_line_stays(claims_of: Rows) -> None:
    text = "The union says it now has 4,200 members after the strike, up from 3,100.\n"
    rows = claims_of(text, "quantity")
    assert [r for r in rows if "4,200" in text[r["span_start"] : r["span_end"]]]
