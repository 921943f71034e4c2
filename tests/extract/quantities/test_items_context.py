"""What a count or measure counts, read from its sentence: its noun, the verb's object or subject,
plurals the tagger reads as verbs, coordinated nouns, trade verbs, named rates."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Each family received 20 litres of drinking water.", "drinking water"),
        ("The new bridge is 640 metres long.", "length"),
        ("The share of electric cars rose to 18% last year.", "electric cars"),
        ("The relief budget is only 40% spent.", "relief budget"),
        ("A court fined the shipper $2 million on Monday.", "fine"),
        ("Each new bus costs $400,000.", "cost"),
    ],
)
def test_what_a_measure_measures(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Unemployment fell to a record low of 2.4% in August.", "unemployment"),
        ("Exports grew 2.3% in May, below forecasts of about 5%.", "exports"),
        ("Wheat prices climbed to a peak of $410 a tonne.", "wheat prices"),
        ("Inflation eased to an average of 6% over the year.", "inflation"),
    ],
)
def test_a_kind_of_figure_is_not_what_it_measures(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[-1]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Russia fired some 210 missiles and drones overnight.", "missiles and drones"),
        ("The army lost 40 tanks and trucks in the battle.", "tanks and trucks"),
        ("Russia launched 6,180 attack and decoy drones in July.", "attack and decoy drones"),
        ("Customs seized 300 rifles or pistols last year.", "rifles or pistols"),
    ],
)
def test_one_count_of_coordinated_nouns(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The detainees included one citizen and several opposition activists.", "citizen"),
        ("The raid hit 12 depots and many other targets.", "depots"),
        ("Rescuers freed 30 miners and some trapped workers.", "miners"),
        ("Police held 4 suspects and various other people.", "suspects"),
    ],
)
def test_a_second_noun_with_its_own_amount_is_not_joined(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Corn eased 1.5% on the week.", "1.5%", "corn"),
        ("Wheat climbed 3% after the harvest report.", "3%", "wheat"),
        ("Copper slipped 2.4% in London trading.", "2.4%", "copper"),
        ("Norway raised output by 2% in May.", "2%", "output"),
    ],
)
def test_a_capitalized_common_noun_subject_is_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukrainian makers now turn out more than 1,000 interceptor drones a day.",
            "1,000",
            "interceptor drones",
        ),
        (
            "Kyiv hopes to field 2,000 interceptor drones a week by spring.",
            "2,000",
            "interceptor drones",
        ),
        ("The yard delivered 14 patrol boats last year.", "14", "patrol boats"),
        ("The plant built 300 decoy drones in March.", "300", "decoy drones"),
        ("Customs will check about 40 cargoes a week under the new rules.", "40", "cargoes"),
        ("The port handled 12 cargoes in May.", "12", "cargoes"),
        ("Kyiv hopes to field 2,000 interceptor drones a week.", "2,000", "interceptor drones"),
        ("Refiners bought 14 cargoes last month.", "14", "cargoes"),
    ],
)
def test_a_counted_plural_the_tagger_reads_as_a_verb_stays_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Ukraine exported 15.4 million tonnes through the corridor in May.", "15.4", "exports"),
        ("The country imported 2.3 million tonnes last year.", "2.3", "imports"),
        ("Kazakhstan pumped 1.8 million barrels a day in May.", "1.8", "output"),
        ("Rail operators shipped 600,000 tonnes in March.", "600,000", "shipments"),
    ],
)
def test_a_measure_a_trade_verb_moves_counts_the_trade(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Interceptor output tops 1,000 a day, officials say.", "1,000", "interceptor output"),
        ("Steel production reached 90,000 last month.", "90,000", "steel production"),
        ("Refinery throughput hit 5.2 million in May.", "5.2", "refinery throughput"),
        ("Shell output stood at 250,000 in March.", "250,000", "shell output"),
    ],
)
def test_a_bare_level_of_a_singular_measure_noun_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The cartel wants to keep output under 9 million barrels a day.", "9 million", "output"),
        (
            "Officials hope to hold imports below 2 million tonnes this year.",
            "2 million",
            "imports",
        ),
        (
            "The new rules pushed emissions above 40 million tonnes last year.",
            "40 million",
            "emissions",
        ),
        (
            "Traders expect the cuts to drive shipments below 500,000 barrels a day.",
            "500,000",
            "shipments",
        ),
    ],
)
def test_a_verb_that_moves_its_object_past_a_threshold_measures_the_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Economists expect the bank to hold Bank Rate at 4.5% next month.", "4.5%", "bank rate"),
        ("The central bank kept its Key Rate at 16% on Friday.", "16%", "key rate"),
        ("The regulator left the Base Rate at 5.25% in June.", "5.25%", "base rate"),
        ("The bank held the Policy Rate at 7.5% for a third meeting.", "7.5%", "policy rate"),
    ],
)
def test_a_named_rate_held_at_a_level_is_what_the_level_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Asia imported 31 million tonnes of coal in June, up 9% on a year earlier.",
            "9%",
            "coal imports",  # a change against an import tonnage is of the imports
        ),
        (
            "Africa shipped 4.1 million tonnes of cocoa last season, up 5% on a year earlier.",
            "5%",
            "cocoa",
        ),
        (
            "The Middle East sold 18 million barrels of fuel oil in May, 4% more than in April.",
            "4%",
            "fuel oil",
        ),
        (
            "Reservoirs in the north were 71% full on Friday. Portugal stood at 64%.",
            "64%",
            "reservoirs",
        ),
    ],
)
def test_a_place_that_acts_on_a_figure_is_not_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A state or region subject imports, ships or holds; the figure measures something else."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Gold trades near CHF 2,480 per ounce.", "2,480", "gold"),
        ("Zinc trades near $2,900 a tonne.", "$2,900", "zinc"),
        ("A single fare costs £2.40 on the new line.", "£2.40", "single fare"),
        ("A day pass costs £9 at the gate.", "£9", "pass"),
    ],
)
def test_a_verb_read_as_a_plural_noun_is_not_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A verbless clause whose root is a verb the tagger read as a plural noun ('trades',
    'costs'): the noun before it is what the figure measures."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Fraud fell, but phishing losses rose by a third.", "phishing losses"),
        ("Mining profits fell 12% last year.", "mining profits"),
        ("Shipping costs jumped 40% in March.", "shipping costs"),
        ("Farming subsidies were cut by 5%.", "farming subsidies"),
        ("Lending to companies grew 1.6% in May.", "lending"),
    ],
)
def test_a_gerund_before_a_plural_subject_modifies_it(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item
