"""The home state of a story is also found from the names of smaller states: their capitals
(an administrative one too), their other names and their nationality adjectives, so that a
bare body of the story ('the High Court', 'the Government') acts for it."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import home_state
from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("opening", "home"),
    [
        (
            "LILONGWE, March 3 - Malawian police said the suspects had moved cash through "
            "three farms, and a judge heard the case on Monday.",
            ["Malawi"],
        ),
        (
            "Putrajaya said on Friday that the scheme had cost taxpayers millions and that "
            "officials in Kuala Lumpur were tracing the funds abroad.",
            ["Malaysia"],
        ),
        (
            "News > Macedonia > Crime\n\nMacedonian customs officers seized the lorries at "
            "the southern border crossing, officials said on Tuesday evening.",
            ["North Macedonia"],
        ),
        (
            "KINGSTON HERALD\n\nJamaican detectives and a foreign task force had worked on "
            "the case for a year; Mauritian officials and Jamaican prosecutors met on Monday.",
            ["Jamaica"],
        ),
    ],
)
def test_smaller_states_are_named_by_capital_other_name_and_nationality(
    opening: str, home: list[str]
) -> None:
    assert home_state(opening) == home


@pytest.mark.parametrize(
    ("opening", "action", "home"),
    [
        (
            "LILONGWE, March 3 - Malawian investigators have spent months tracing the money "
            "of a fertiliser cartel, officials said on Tuesday.\n\n",
            "The High Court has frozen the assets of three suppliers.",
            "Malawi",
        ),
        (
            "Putrajaya moved against a smuggling ring on Friday, officials in Kuala Lumpur "
            "said, after a two-year inquiry into payments made abroad.\n\n",
            "The Anti-Smuggling Directorate froze the accounts of four men in the ring.",
            "Malaysia",
        ),
        (
            "Macedonia > Security\n\nMacedonian police have broken up a ring that moved "
            "hundreds of migrants north, officials said on Thursday evening.\n\n",
            "The Financial Intelligence Unit has frozen the assets of seven people.",
            "North Macedonia",
        ),
        (
            "Maldivian prosecutors and the police have spent a year on the lagoon leases, "
            "Malé officials said on Tuesday, naming a former minister.\n\n",
            "The Criminal Court has frozen the accounts of two companies.",
            "Maldives",
        ),
    ],
)
def test_a_bare_body_acts_for_a_smaller_home_state(
    claims_of: Rows, opening: str, action: str, home: str
) -> None:
    later = "\n\nThe US Treasury designated two of the same men in May last year."
    rows = story(claims_of, opening + action + later)
    own = [r for r in rows if r["span_start"] < len(opening) + len(action)]
    assert own, rows
    assert all(r["sanction_authorities"] == [home] for r in own), own
