"""When a story's opening names no one state most, its home is the state whose own currency
its sums are written in, often and far more than any other's ('HK$', 'MNT', 'KZT'); a currency
many states use (the dollar, the euro) or a sum written in two currencies alike names none."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import home_state
from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Regulator freezes 30 trading accounts in share-ramping probe\n"
            "The watchdog said the accounts held HK$120 million in cash and shares. The scheme "
            "pushed the stock from HK$0.40 to HK$2.10 in five weeks, and brokers earned "
            "HK$3 million in fees.\n",
            ["Hong Kong"],
        ),
        (
            "Coal ring hit with asset freeze\n"
            "The loss to the budget is put at MNT 17.2 billion. The trucks are worth MNT 9.2 "
            "billion, and one officer repaid MNT 410 million.\n",
            ["Mongolia"],
        ),
        (
            "Card fraud network frozen\n"
            "The agency blocked KZT 1.2 billion on 300 cards; couriers earned KZT 40,000 a card "
            "and organisers KZT 2 million a week.\n",
            ["Kazakhstan"],
        ),
        (
            "Fishing fleet accounts frozen\n"
            "The court froze NZ$4 million held by the skippers, NZ$1.1 million of it in term "
            "deposits, and a boat worth NZ$800,000.\n",
            ["New Zealand"],
        ),
    ],
)
def test_the_currency_of_the_sums_names_the_home(text: str, home: list[str]) -> None:
    assert home_state(text) == home


@pytest.mark.parametrize(
    "text",
    [
        "Ring frozen\nThe court froze $4 million, $2 million of it in cash, and a $1 million "
        "yacht.\n",
        "Ring frozen\nThe court froze HK$4 million and MOP 3 million, HK$1 million and MOP 2 "
        "million of it in cash, and HK$1 million in shares.\n",
        "Ring frozen\nThe court froze HK$4 million in cash.\n",
    ],
)
def test_shared_mixed_or_rare_currencies_name_no_home(text: str) -> None:
    assert home_state(text) == []


def test_a_bare_regulator_acts_for_the_currencys_state(claims_of: Rows) -> None:
    text = (
        "Watchdog freezes trading accounts\n"
        "The accounts held HK$120 million in cash and shares. The stock of the catering group "
        "rose from HK$0.40 to HK$2.10 in five weeks, and the brokers involved earned HK$3 "
        "million.\n\n"
        "The Market Misconduct Unit froze the accounts of nine traders on Monday.\n"
        "Malaysia's securities regulator has been asked to freeze two more accounts.\n"
    )
    start = text.index("The Market Misconduct Unit")
    rows = [r for r in story(claims_of, text) if r["span_start"] >= start]
    assert rows
    assert rows[0]["sanction_authorities"] == ["Hong Kong"]
