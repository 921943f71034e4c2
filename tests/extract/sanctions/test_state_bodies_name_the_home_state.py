"""A state's own named body in a story's opening (an assets bureau, a tax commission only one
state has) names the story's home state, so that a bare court or judge acts for it, not for the
state of a city the story mentions beside it (claims/data/aliases.json)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

CASES = [
    (
        "Judge Freezes Homes Of Two Smugglers\n\n"
        "A judge on Tuesday froze three houses owned by two tobacco smugglers after the "
        "Criminal Assets Bureau told the court they had no lawful income. A Belfast "
        "solicitor for one of the men said he would appeal."
    ),
    (
        "Court orders freeze on fuel dealer's accounts\n\n"
        "The High Court has now frozen five bank accounts of a Newry fuel dealer, acting on "
        "an application by the Revenue Commissioners, who say he evaded duty for six "
        "years. A Glasgow haulier was also mentioned in the hearing."
    ),
    (
        "Haulier's Accounts Frozen\n\n"
        "A judge froze the assets of a haulier and his two sons on Thursday after the "
        "Revenue Commissioners showed that they had sold smuggled fuel to filling "
        "stations around Belfast for five years."
    ),
    (
        "Assets of four cigarette smugglers frozen\n\n"
        "The judge froze the bank accounts of four cigarette smugglers after the "
        "Criminal Assets Bureau traced their cash through bookmakers in Belfast "
        "and Liverpool over several years."
    ),
]


@pytest.mark.parametrize("text", CASES)
def test_named_state_body_sets_the_home_of_a_bare_court(claims_of: Rows, text: str) -> None:
    rows = story(claims_of, text)
    assert rows
    assert all(r["sanction_authorities"] == ["Ireland"] for r in rows)
