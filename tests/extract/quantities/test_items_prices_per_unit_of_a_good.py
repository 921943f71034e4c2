"""A price per unit of a good measures the good, not the unit it is quoted per: the good the
clause sells at the price ('sold the ore at prices of $90 a tonne'), the good a pay verb's 'for'
phrase names ('paid $3 a kilo for beans'), or the good of a subject that is one unit of it
('a tonne of cocoa costs $9,000')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "Police say the gang sold some 900 kg of sea cucumber at prices of up to "
            "$310 (NZ$540) a kilogram in Hong Kong.",
            "$310",
            "cucumber",
        ),
        (
            "Traders bought the copper at prices of about $9,100 a tonne last month.",
            "9,100",
            "copper",
        ),
        (
            "Smugglers offered the ivory at a price of $700 (about 600 euros) a kilogram.",
            "700",
            "ivory",
        ),
        ("The miners will sell 40 tonnes of tin at a price of $31,000 a tonne.", "31,000", "tin"),
    ],
)
def test_a_price_a_clause_sells_its_object_at_prices_that_object(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Mills paid $2.10 a kilogram for cotton last week.", "2.10", "cotton"),
        ("Buyers are paying about 450 rupees a kilo for onions in Delhi.", "450", "onions"),
        ("Cooperatives paid $310 a tonne for maize during the harvest.", "310", "maize"),
        ("Dealers will pay 1.5 lari per kilogram for white grapes this season.", "1.5", "grapes"),
    ],
)
def test_a_unit_price_a_pay_verb_gives_for_a_good_prices_that_good(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    item = found(claims_of, text, anchor)["quantity_item"]
    assert head in item.split()


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "A kilogram of farmed trout sells for about 1,100 rubles in city markets.",
            "1,100",
            "trout",
        ),
        ("A tonne of cocoa now costs about $9,000 in London.", "9,000", "cocoa"),
        ("One litre of diesel was selling for 1.9 euros at the pump on Friday.", "1.9", "diesel"),
        ("A kilo of tomatoes cost 30 pesos last year, up from 18 pesos.", "30", "tomatoes"),
    ],
)
def test_a_subject_that_is_one_unit_of_a_good_names_the_good_priced(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


def test_a_for_phrase_that_says_when_names_no_good(claims_of: Rows) -> None:
    item = found(claims_of, "Refiners paid $80 a barrel for the first time since June.", "80")
    assert "time" not in item["quantity_item"]
