"""A state's own body that a story names bare ('the National Court', 'the Financial Crimes
Unit', an acronym spelled out as such a body) acts for the story's home state, the one its
opening names most, not for a foreign authority named later or earlier in the story."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import home_state
from tests.extract.sanctions.helpers import Rows, story

OPENING = (
    "Police in Port Moresby and Lae have spent months tracing the money of the cartel, and "
    "Papua New Guinea has now moved against its leaders, officials said on Wednesday.\n\n"
)
LATER = "\n\nThe US Treasury designated two of the same men in May last year."


@pytest.mark.parametrize(
    "text",
    [
        "The National Court on Thursday added four men and a trading firm to the terrorist list.",
        "The Financial Intelligence Unit has frozen the assets of fourteen people.",
        "The Customs Bureau has blacklisted 40 smugglers tied to the cartel.",
        "The Anti-Money Laundering Bureau (Amla) froze the accounts of nine companies. Amla "
        "will also freeze the assets of five more people, its director said.",
    ],
)
def test_a_bare_body_acts_for_the_home_state(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, OPENING + text + LATER)
    own = [r for r in rows if r["span_start"] < len(OPENING) + len(text)]
    assert own, rows
    assert all(r["sanction_authorities"] == ["Papua New Guinea"] for r in own), own


@pytest.mark.parametrize(
    ("opening", "home"),
    [
        (
            "THE HARBOUR TIMES\nNews | Thai Language\n\nThai court freezes assets of scam bosses\n",
            ["Thailand"],
        ),
        (
            "Bangkok, May 2 - Thai officials on Monday froze the assets of 26 Thai nationals "
            "accused of running scam compounds across the border in Myanmar, the office said.",
            ["Thailand"],
        ),
        (
            "Russia's central bank said on Monday that the measures would hurt trade, and "
            "Moscow promised to respond to Russian companies hit by the listings in kind.",
            [],
        ),
    ],
)
def test_the_home_state_is_the_one_the_opening_names_most(opening: str, home: list[str]) -> None:
    assert home_state(opening) == home
