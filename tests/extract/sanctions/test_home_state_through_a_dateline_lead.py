"""A page whose standfirst (a summary line of some length) comes before the lead names the
story's home state in the lead that opens on a dateline ('KAMPALA — The court ...'), not in
the standfirst alone: a state the standfirst names only as asked to follow, or as a place,
is not the home of a bare court or unit."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import home_state
from tests.extract.sanctions.helpers import Rows, story

BYLINE = "By Staff Reporter | Published 03.03.2025, 09:10\n\n"


@pytest.mark.parametrize(
    ("standfirst", "lead", "home"),
    [
        (
            "Lorries, flats and a dozen bank accounts of a timber ring were frozen on Friday, "
            "and Kenya has been asked to do the same with the money sent across the border.",
            "KAMPALA — The High Court on Friday froze the accounts of six traders accused of "
            "smuggling hardwood out of Uganda through forest reserves in the far west.",
            ["Uganda"],
        ),
        (
            "Investigators say a good part of the cash went through banks in Malaysia before "
            "it was moved on to accounts held by shell firms in the free zone.",
            "JAKARTA — The Financial Transaction Reports and Analysis Centre froze the accounts "
            "of nine people linked to an Indonesian online gambling network on Tuesday.",
            ["Indonesia"],
        ),
        (
            "Peru is expected to follow once its own prosecutors have had a look at the files "
            "on the two brothers and the mining company they run on the border.",
            "LA PAZ, March 2 (Wire) — A Bolivian court has frozen the assets of two brothers and "
            "a gold trading firm accused of laundering money for a cocaine network.",
            ["Bolivia"],
        ),
        (
            "South Africa's own financial watchdog may block more accounts, officials said, "
            "after two companies moved money through Johannesburg last year.",
            "GABORONE: The Directorate on Corruption froze the bank accounts of three civil "
            "servants in Botswana who had awarded road contracts to their relatives.",
            ["Botswana"],
        ),
    ],
)
def test_the_dateline_lead_names_the_home_state(
    standfirst: str, lead: str, home: list[str]
) -> None:
    text = "Court freezes assets of smuggling ring\n" + standfirst + "\n" + BYLINE + lead + "\n"
    assert home_state(text) == home


def test_a_bare_court_after_such_a_standfirst_is_the_home_states(claims_of: Rows) -> None:
    text = (
        "Court freezes assets of smuggling ring\n"
        "Lorries, flats and a dozen bank accounts of a timber ring were frozen on Friday, and "
        "Kenya has been asked to do the same with the money sent across the border.\n"
        + BYLINE
        + "KAMPALA — The High Court on Friday froze the accounts of six traders accused of "
        "smuggling hardwood out of Uganda through forest reserves in Kibale and Budongo.\n\n"
        "The High Court also extended a freeze on the flat of a seventh trader until June.\n"
    )
    start = text.index("The High Court also")
    rows = [r for r in story(claims_of, text) if r["span_start"] >= start]
    assert rows
    assert rows[0]["sanction_authorities"] == ["Uganda"]


def test_without_a_dateline_the_first_long_paragraph_is_the_opening() -> None:
    text = (
        "Court freezes assets\nLorries and a dozen bank accounts of a timber ring were frozen on "
        "Friday, and Kenya has been asked to do the same with the money sent across the border.\n"
        + BYLINE
        + "The court in Kampala on Friday froze the accounts of six traders from Uganda accused "
        "of smuggling hardwood out of Uganda through forest reserves.\n"
    )
    assert home_state(text) == ["Kenya"]
