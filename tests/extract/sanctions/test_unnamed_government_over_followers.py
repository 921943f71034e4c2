"""An unnamed 'the Cabinet', 'the government' is the state the story's claims name most as
acting: a neighbour only set to follow (a plan with no targets) does not outweigh the story's
home state, which wins among equals."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

STORIES = [
    (
        "Ghana Freezes Assets of 14 Fuel Smugglers\n\n"
        "ACCRA - Ghana widened its crackdown on fuel smuggling along the eastern border of Ghana "
        "this week, officials in Accra said.\n\n"
        "On Monday the Cabinet added 14 smugglers to the national list.\n\n"
        "Togo is set to follow.\n\n"
        "Togo's central bank froze the accounts of two of the smugglers in May.\n",
        "Ghana",
    ),
    (
        "Chile Lists 9 Timber Traders\n\n"
        "SANTIAGO - Chile stepped up its action against illegal logging in the south of Chile "
        "on Friday, a statement from Santiago said.\n\n"
        "The government froze the assets of nine timber traders on Thursday.\n\n"
        "Argentina will align with the move.\n\n"
        "Argentina banned three of the traders from entering the country last year.\n",
        "Chile",
    ),
    (
        "Nepal Bans 6 Gold Dealers\n\n"
        "KATHMANDU - Nepal tightened its rules on gold smuggling across the southern plains of "
        "Nepal on Sunday, officials in Kathmandu said.\n\n"
        "Ministers barred six gold dealers from trading on Sunday.\n\n"
        "Bhutan is set to follow suit.\n\n"
        "Bhutan froze the accounts of one of the dealers in March.\n",
        "Nepal",
    ),
    (
        "Latvia Sanctions 11 Shipping Firms\n\n"
        "RIGA - Latvia moved against shadow-fleet shipping in the ports of Latvia on Tuesday, "
        "officials in Riga said.\n\n"
        "The government imposed sanctions on 11 shipping firms on Tuesday.\n\n"
        "Estonia is expected to take the same step.\n\n"
        "Estonia sanctioned four of the firms in January.\n",
        "Latvia",
    ),
]


@pytest.mark.parametrize(("text", "state"), STORIES)
def test_a_neighbour_set_to_follow_does_not_take_the_home_government(
    claims_of: Rows, text: str, state: str
) -> None:
    rows = story(claims_of, text)
    unnamed = [r for r in rows if r["subject"] in {"the Cabinet", "The government", "Ministers"}]
    assert unnamed, rows
    assert all(r["sanction_authorities"] == [state] for r in unnamed), rows
