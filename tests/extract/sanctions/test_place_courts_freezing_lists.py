"""A court named by its town ('the Tumbes high court', 'a Tarija court') that freezes a list
whose later item is holdings ('a warehouse and deposits held by its owner') freezes them:
the freeze verb's object list, not only its first item, is read for holdings. The court acts
for the state the page is about, or the one a fronted place names."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = "Bolivia's anti-laundering office froze five bank accounts on Monday. "


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "In Peru, the Tumbes high court froze a warehouse and deposits held by its owner.",
            "Peru",
        ),
        ("A Tarija court has frozen a hotel and the deposits of its manager.", "Bolivia"),
        ("The Riberalta court froze three kiosks and the funds of their operators.", "Bolivia"),
    ],
)
def test_town_court_freezing_a_list_with_holdings(claims_of: Rows, text: str, state: str) -> None:
    rows = story(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [state]


def test_list_without_holdings_is_no_freeze(claims_of: Rows) -> None:
    rows = story(claims_of, LEAD + "The town council froze hiring and pay rises for a year.")
    assert len(rows) == 1, rows
