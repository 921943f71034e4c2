"""'The ships are the Sea Hawk 12, Blue Fin 3 and the Kite, all flagged in Togo': a list of names
after a restating copula may put an article before each item and a hull number after its name
(which closes it, so the 'and' after it starts the next item), and a comma-set participle that
describes the items before it is no item of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story

LEAD = "Canada on Monday sanctioned five vessels and two companies. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The boats are the Coral Sun 4, the Coral Sun 9 and the Red Gull 2, "
            "all flagged in Togo.",
            {"vessel": 3},
        ),
        (
            "The listed tankers are Nord Way 17, Aster 5 and Polar Dawn 8, flagged in Gabon, "
            "and the Silver Kite 30.",
            {"vessel": 4},
        ),
        ("The ships were Maris 2, the Tidal Queen and Harbour Light 11.", {"vessel": 3}),
        (
            "The listed trawlers are Blue Cape 6, Frost Line 12 and Ice Bird 3, each registered in Palau.",
            {"vessel": 3},
        ),
    ],
)
def test_each_named_vessel_counts_once(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = story(claims_of, LEAD + text)
    assert counts(rows[-1]) == expected, rows[-1]["sanction_targets"]


def test_a_name_with_an_inner_and_is_still_one_firm(claims_of: Rows) -> None:
    rows = story(
        claims_of, LEAD + "The companies are Orin Freight and Storage, and Baltic Kite Ltd."
    )
    assert counts(rows[-1]) == {"organization": 2}
