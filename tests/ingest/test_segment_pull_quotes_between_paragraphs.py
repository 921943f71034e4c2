"""A magazine page saved one paragraph a line with no blank line anywhere: a quotation set
between two paragraphs with its speaker after a dash (named, or only described) is a pull quote,
set apart, never another story's headline, so the paragraphs under it stay the story's."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "HIGHLANDS TRADE MONTHLY | Issue 12 | May 2026\n"
    "How a tea estate lost its export licence\n"
    "By Rana Dutta · 6 min read\n"
    "The licence of the Kumbala estate was suspended in March after inspectors found pesticide"
    " residues in three consignments bound for Europe, the trade ministry said.\n"
    "The estate, which employs about 1,400 pickers, had exported 2,200 tonnes of tea last year,"
    " most of it to buyers in Germany and the Netherlands.\n"
)
UNDER = (
    "The ministry said the suspension would last at least six months and that the estate could"
    " apply again once two clean harvests had been tested.\n"
    "Three other estates in the district have been told to change their spraying schedules"
    " before the monsoon, the ministry added.\n"
)
QUOTES = [
    '"Nobody on the hill expected the ministry to act so fast." — a picker\'s supervisor',
    '"We are paying for one bad season with the whole year." — an estate manager',
    '"Buyers in Hamburg read the reports before we do." – a tea broker in Colombo',
    '"The rules have not changed, only the checks." - Mina Perera, a former inspector',
]


@pytest.mark.parametrize("quote", QUOTES)
def test_a_pull_quote_between_paragraphs_is_set_apart(quote: str) -> None:
    page = f"{TOP}{quote}\n{UNDER}"
    assert kind_of(page, quote) == "boilerplate"
    assert kind_of(page, "The ministry said the suspension") == "body"
    assert kind_of(page, "Three other estates") == "body"


@pytest.mark.parametrize("quote", QUOTES)
def test_a_pull_quote_over_a_crosshead_is_set_apart(quote: str) -> None:
    """The paragraph under the quote may close its section, a crosshead in capitals under it."""
    page = f"{TOP}{quote}\n{UNDER.splitlines()[0]}\nTHE NEXT SEASON\n{UNDER.splitlines()[1]}\n"
    assert kind_of(page, quote) == "boilerplate"
    assert kind_of(page, "The ministry said the suspension") == "body"
    assert kind_of(page, "Three other estates") == "body"
