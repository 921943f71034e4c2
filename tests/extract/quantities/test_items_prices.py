"""Prices: money per barrel, tonne or pound of a traded good has the good as its item, as the text
names it (no 'price' is added); a price noun the text writes stays; a contract, market or place
that stands for the good gets 'price'; the period of a rate is never its item."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Urals averaged $56.30 a barrel in May, down from $61.20 in April.",
            "56.30",
            "urals",
        ),
        (
            "Urals averaged $56.30 a barrel in May, down from $61.20 in April.",
            "61.20",
            "urals",
        ),
        ("Wheat was quoted at about $240 a tonne, a low for the year.", "240", "wheat"),
        ("The Kazakh blend traded at $71 a barrel last week.", "71", "blend"),
        ("Brent crude settled at $82.60 a barrel on Friday.", "82.60", "brent crude"),
        ("The G7 lowered the price cap to $45 a barrel.", "45", "price cap"),
        ("NY cocoa settled at $6,100 a tonne on Friday.", "$6,100", "ny cocoa"),
        ("Arabica fetched $3.40 a pound in June.", "$3.40", "arabica"),
        ("Copper held at $9,400 a tonne.", "$9,400", "copper"),
        ("Urals averaged $56 a barrel in May.", "$56", "urals"),
    ],
)
def test_money_per_unit_of_a_traded_good_is_the_good(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Aluminium cash average: $2,310/t", "$2,310/t", "aluminium cash average"),
        ("Spot average: $58/bbl", "$58/bbl", "spot average"),
        ("The Brent monthly average fell to $74 a barrel.", "$74", "brent monthly average"),
        ("Nickel official avg: $16,400/t", "$16,400/t", "nickel official avg"),
    ],
)
def test_an_average_per_tonne_or_barrel_already_names_a_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Refinery runs reached roughly 1.1 million barrels a day.", "refinery runs"),
        ("The old pipeline moved 400,000 barrels a day.", "old pipeline"),
        ("Output stayed below 100,000 barrels per day.", "output"),
        ("Brent traded near 80 dollars a barrel.", "brent"),
    ],
)
def test_the_period_of_a_rate_is_never_its_item(claims_of: Rows, text: str, item: str) -> None:
    row = one(claims_of, text)
    assert row["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Zinc finished at $2,870 a tonne, its best level since May.", "$2,870", "zinc"),
        ("Palm oil fetched about $1,010 per tonne.", "$1,010", "palm oil"),
        ("Potash sold for roughly $340 a tonne in Brazil last month.", "$340", "potash"),
        ("Diesel was offered at $780 a tonne on Tuesday.", "$780", "diesel"),
        ("Urea, Egypt FOB: $415/t", "$415/t", "urea"),
        ("In Bangkok, RSS3 averaged THB 64 per kg last week.", "THB 64", "rss3"),
        ("The TSR10 grade was quoted at 171 cents/kg on Monday.", "171", "tsr10 grade"),
        ("SMR20 has fetched about $1.70 a kilogram this month.", "$1.70", "smr20"),
        ("Analysts expect that SIR20 will touch 180 cents/kg in May.", "180", "sir20"),
    ],
)
def test_a_priced_good_gets_no_added_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The benchmark price rose to $16,900 a tonne.", "$16,900", "benchmark price"),
        ("The spot price reached $88 a barrel on Monday.", "$88", "spot price"),
        ("Freight rates eased to $31 a tonne.", "$31", "freight rates"),
        ("The ministry set a floor price of $260 a tonne.", "$260", "floor price"),
    ],
)
def test_a_price_noun_the_text_writes_stays(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Our price forecast for end-2026 is $610/t.", "$610/t", "price forecast"),
        ("Our price target for March is $5,000 a tonne.", "$5,000", "price target"),
        (
            "Wholesale electricity averaged EUR 96/MWh in May.",
            "EUR 96/MWh",
            "wholesale electricity",
        ),
        ("Electricity traded at EUR 71 per MWh on the day-ahead market.", "EUR 71", "electricity"),
    ],
)
def test_a_price_named_before_or_electricity_gets_no_added_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The three-month contract averaged $2,590 a tonne in May.",
            "$2,590",
            "month contract price",
        ),
        ("The front-month contract settled at $71.20 a barrel.", "$71.20", "month contract price"),
        ("The December contract closed at $6,050 a tonne.", "$6,050", "december contract price"),
        ("Spot cargoes fetched $610 a tonne last week.", "$610", "spot cargoes price"),
    ],
)
def test_money_per_tonne_of_a_contract_or_market_is_its_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Zinc concentrate (TC basis): $220/t", "$220/t", "zinc concentrate"),
        (
            "Copper concentrate fetched about $2,900 a tonne in June.",
            "$2,900",
            "copper concentrate",
        ),
        ("Iron ore pellets: $151/t, up 3% m/m", "$151/t", "iron ore pellets"),
        ("Nickel cathodes were sold at $16,800 a tonne last week.", "$16,800", "nickel cathodes"),
    ],
)
def test_a_processed_form_of_a_good_is_the_good_not_its_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Battery-grade nickel sulphate averaged US$3,950/t, up 2.4% m/m from US$3,860/t "
            "in May, as stocks fell.",
            "US$3,860/t",
            "grade nickel sulphate price",
        ),
        (
            "Battery-grade cobalt sulphate averaged US$5,100/t, up 3.2% m/m from US$4,940/t "
            "in March, as buyers restocked.",
            "US$4,940/t",
            "grade cobalt sulphate price",
        ),
        (
            "Battery-grade manganese averaged US$2,150/t, down 1.8% m/m from US$2,190/t in "
            "August, as demand eased.",
            "US$2,190/t",
            "grade manganese price",
        ),
        (
            "Food-grade salt averaged US$95/t, up 5% m/m from US$90/t in January, on tight supply.",
            "US$90/t",
            "grade salt price",
        ),
    ],
)
def test_a_price_compared_from_is_of_the_good_not_the_unit_of_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The ministry set the 2026 herring quota at 210,000 tonnes.", "210,000", "herring quota"),
        (  # the level a forecast is cut to measures what is forecast (round 28)
            "We cut our 2025/26 sugar output forecast to 31 million tonnes.",
            "31 million",
            "sugar output",
        ),
    ],
)
def test_a_year_before_the_object_dates_it_and_leaves_it_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
