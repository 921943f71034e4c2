"""A plural the tagger joined to the counted noun by 'and' is a verb when a
determiner or an approximation word follows it ('of water and supplies about half the town'):
the count is of the first noun alone; a real list of nouns stays whole."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The terminal stores up to 80,000 m3 of diesel and supplies about a third of the pumps.",
            "80,000",
            "diesel",
        ),
        (
            "The reservoir holds 40 million m3 of water and supplies roughly half of the city.",
            "40 million",
            "water",
        ),
        (
            "The warehouse keeps 12,000 tonnes of wheat and supplies nearly every bakery in town.",
            "12,000",
            "wheat",
        ),
        (
            "The dam stores 2 billion m3 of water and powers about a quarter of the country.",
            "2 billion",
            "water",
        ),
    ],
)
def test_a_verb_read_as_a_second_plural_is_not_counted(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The army fired 95 rockets and shells at the town.", "95", "rockets and shells"),
        (
            "Six foreign aircraft joined 20 planes and helicopters this morning.",
            "20",
            "planes and helicopters",
        ),
        (
            "Another 3 tonnes of masks and blankets are due by ship.",
            "3 tonnes",
            "masks and blankets",
        ),
    ],
)
def test_a_list_of_nouns_stays_whole(claims_of: Rows, text: str, anchor: str, item: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
