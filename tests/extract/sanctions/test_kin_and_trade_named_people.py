"""Names a list gives as kin or as a person's trade are people: a name beside a noun of no kind
that a person's possessive owns ('his partner X', 'their associate Y'), and a name described by
an agent noun of trade (a firm's by default) when the list goes on with someone a person's
possessive owns ('X, a coal trader, and his brother Y'); the describing words are no targets
of their own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only

KIN = [
    "Canada sanctioned Khaled Nasser and his partner Rami Odeh on Monday.",
    "Among those whose assets were frozen are the platform's founder, Khaled Nasser, and his "
    "partner Rami Odeh.",
    "The EU sanctioned Ilya Rudin and his associate Boris Kalin last week.",
    "Australia has listed the militia's financier, Omar Said, and his associate Yusuf Adan.",
]

TRADE = [
    (
        "Among those named are Ruperto Chiac, a Punta Gorda timber dealer described by the unit "
        "as the group's organiser, and his sister-in-law Elena Chiac-Bol.",
        2,
    ),
    (
        "The operators include Ram Bahadur Thapa Magar, a Birgunj trader the department called "
        "the ring's coordinator, his wife Sunita Gurung and their business partner Dipak Raj "
        "Shrestha.",
        3,
    ),
    (
        "The Treasury designated Amir Haddad, a fuel broker based in Dubai, and his son Karim Haddad.",
        2,
    ),
    ("Britain sanctioned Lena Varga, a cattle trader, and her associate Tibor Nagy on Tuesday.", 2),
    (
        "Also listed were Olu Bankole, a Lagos car dealer, his cousin Femi Adeyemi and their "
        "accountant Tunde Bello.",
        3,
    ),
]


@pytest.mark.parametrize("text", KIN)
def test_names_beside_owned_kin_are_people(claims_of: Rows, text: str) -> None:
    assert counts(only(claims_of, text)) == {"person": 2}


@pytest.mark.parametrize(("text", "people"), TRADE)
def test_a_persons_trade_makes_a_person(claims_of: Rows, text: str, people: int) -> None:
    assert counts(only(claims_of, text)) == {"person": people}


def test_a_firms_partner_stays_a_firm(claims_of: Rows) -> None:
    text = "Japan sanctioned Delta Shipping LLC and its partner Orion Marine on Friday."
    assert counts(only(claims_of, text)) == {"organization": 2}
