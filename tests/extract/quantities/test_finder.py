"""Quantity rules on small sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.quantities.helpers import Rows, one


@pytest.mark.parametrize(
    ("text", "value", "bound", "item"),
    [
        (
            "The navy received over 3 million artillery shells last spring.",
            3e6,
            "gt",
            "artillery shells",
        ),
        (
            "Officials counted more than 1,000 containers of military equipment.",
            1000,
            "gt",
            "containers",
        ),
        ("Nearly 85,000 Russian soldiers were killed.", 85000, "approx", "soldiers"),
        ("The unit lost a dozen tanks near the river.", 12, "eq", "tanks"),
        ("The army moved about two dozen jets to the base.", 24, "approx", "jets"),
        ("At least 12 people were injured in the blast.", 12, "gte", "people"),
        ("The factory can build up to 300 drones a month.", 300, "lte", "drones"),
        ("Fewer than 40 observers were allowed in.", 40, "lt", "observers"),
        ("Rescuers found five survivors under the rubble.", 5, "eq", "survivors"),
        ("The brigade lost over 3,700 destroyed or captured tanks.", 3700, "gt", "tanks"),
        (
            "The port handled 12 ship-to-ship transfers in a week.",
            12,
            "eq",
            "ship-to-ship transfers",
        ),
    ],
)
def test_counts_bounds_and_items(
    claims_of: Rows, text: str, value: float, bound: str, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_item"]) == (
        value,
        bound,
        item,
    )


def test_ranges(claims_of: Rows) -> None:
    rows = claims_of(
        "Between 5,000 and 7,000 troops crossed, then 2,000-3,000 troops left.", "quantity"
    )
    assert [(r["quantity_low"], r["quantity_high"], r["quantity_bound"]) for r in rows] == [
        (5000, 7000, "range"),
        (2000, 3000, "range"),
    ]
    assert rows[0]["quantity_value"] == 6000


@pytest.mark.parametrize(
    ("text", "value", "unit", "item"),
    [
        ("The fund pledged $3.2 billion in military aid.", 3.2e9, "USD", "aid"),
        ("Brussels set aside 1.5bn euros for repairs.", 1.5e9, "EUR", "repairs"),
        ("Exports fell 20% in the first quarter.", 20, "%", "exports"),
        ("The pipeline carried 85,000 barrels of oil a day.", 85000, "barrels", "oil"),
        ("The convoy covered 120 km before dawn.", 120, "km", "convoy"),
        ("Analysts tracked the fleet over the past 12 months.", 12, "months", "months"),
    ],
)
def test_units_and_currencies(
    claims_of: Rows, text: str, value: float, unit: str, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        value,
        unit,
        item,
    )


def test_bound_before_a_currency_sign(claims_of: Rows) -> None:
    row = one(claims_of, "Hackers stole roughly $13 billion in cryptocurrency.")
    assert (row["quantity_bound"], row["quantity_item"]) == ("approx", "cryptocurrency")


def test_vague_amounts_are_lower_bounds(claims_of: Rows) -> None:
    row = one(claims_of, "Hundreds of civilians fled the town.")
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_item"]) == (
        200,
        "gte",
        "civilians",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The offensive began in 2022 and stalled.",  # a year
        "The talks were held on April 2 in Geneva.",  # a date
        "The meeting started at 6:58 PM sharp.",  # a clock time
        "The 110th Mechanized Brigade held the line.",  # an ordinal in a name
        "The council passed Resolution 2270 without a vote.",  # a name with a number
        "Analysis | 2 min read",  # page furniture
        "For details call 555-123-4567 during office hours.",  # a phone number
        "John Smith, 45, was detained at the border.",  # an age
        "A 45-year-old man was detained at the border.",  # an age
        "The codes 1,2,3,4 and the stamp 2.4.2024 were printed on the crate.",  # malformed numbers
        "The two countries signed the accord.",  # an anaphoric count
        "No one was hurt in the crash.",  # a pronoun
    ],
)
def test_never_quantities(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_numbers_counting_sanction_targets_belong_to_the_sanction(claims_of: Rows) -> None:
    text = "Japan sanctioned 11 individuals and 5 companies, while its navy has 150 ships."
    items = [r["quantity_item"] for r in claims_of(text, "quantity")]
    assert items == ["ships"]


def test_span_covers_bound_number_and_item(parse: Callable[..., Any]) -> None:
    doc = parse("The navy received over 3 million artillery shells.")
    row = next(r for r in doc._.claims if r["claim_type"] == "quantity")
    assert doc.text[row["span_start"] : row["span_end"]] == "over 3 million artillery shells"


def test_item_from_the_verbs_object(claims_of: Rows) -> None:
    row = one(claims_of, "Officials put enemy casualties last year at more than 430,000.")
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_item"]) == (
        430000,
        "gt",
        "enemy casualties",
    )


def test_durations_and_hyphenated_modifiers(claims_of: Rows) -> None:
    row = one(claims_of, "The plan will run over five years.")
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        5,
        "eq",
        "years",
    )
    assert claims_of("The 27-member bloc met in Brussels.", "quantity") == []


def test_worth_names_the_item(claims_of: Rows) -> None:
    row = one(claims_of, "Drones destroyed a radar worth an estimated $20 million.")
    assert (row["quantity_bound"], row["quantity_unit"], row["quantity_item"]) == (
        "approx",
        "USD",
        "radar",
    )


def test_international_phone_numbers_and_hyphenated_durations(claims_of: Rows) -> None:
    assert claims_of("Call our hotline at +380 44 123 4567 for updates.", "quantity") == []
    row = one(claims_of, "Moscow rejected a 30-day truce.")
    assert (row["quantity_value"], row["quantity_unit"]) == (30, "days")


def test_partitive_count_of_named_targets_belongs_to_the_sanction(claims_of: Rows) -> None:
    text = (
        "Canada sanctioned nine people and four firms on Friday. "
        "Three of the individuals listed are Iranian nationals, "
        "and two of those firms are registered in Dubai. "
        "Six of the 40 crew members were later released."
    )
    rows = claims_of(text, "quantity")
    assert [(r["quantity_value"], r["quantity_item"]) for r in rows] == [
        (6, "crew members"),
        (40, "crew members"),
    ]


def test_partitive_without_a_sanction_is_a_quantity(claims_of: Rows) -> None:
    assert one(claims_of, "Three of the officials resigned in protest.")["quantity_value"] == 3


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The ministry spent $3 billion on drones last year.", "drones spending"),
        ("The state utility earned about $12 billion from gas sales.", "revenue"),
        ("Each conscript is paid roughly $900 a month.", "pay"),
        ("Timber exports, which earned Latvia $1.4 billion a year, collapsed.", "timber exports"),
        ("Regulators imposed a fine of $4.2 million on the lender.", "fine"),
        ("Grain revenue rose 18% last year.", "grain revenue"),
        ("The fund bought a 30% stake in the port.", "stake"),
        ("Fertilizer sales slid 9% year on year.", "fertilizer sales"),
    ],
)
def test_money_and_percent_items(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The regulator imposed a $3 million administrative penalty.", "administrative penalty"),
        ("About $50 billion of the Bank of Japan's reserves are held abroad.", "reserves"),
        ("The utility raised $40 million in bonds during the quarter.", "bonds"),
        ("The agency collected $9 million in fines last year.", "fines"),
    ],
)
def test_what_a_sum_of_money_measures(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item


def test_a_compared_figure_measures_the_same_thing(claims_of: Rows) -> None:
    text = "Wheat exports reached 4 million tonnes in May, up from 3 million tonnes a year before."
    assert [r["quantity_item"] for r in claims_of(text, "quantity")] == ["wheat exports"] * 2


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


def test_numbers_joined_in_a_name_are_not_quantities(claims_of: Rows) -> None:
    assert claims_of("Engineers inspected the Baltic Link 1 and 2 cables.", "quantity") == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Flu infections have exceeded 12,000 this winter.", "gt"),
        ("The damage is estimated at $40 million.", "approx"),
    ],
)
def test_bounding_verbs(claims_of: Rows, text: str, bound: str) -> None:
    assert one(claims_of, text)["quantity_bound"] == bound


@pytest.mark.parametrize(
    "text",
    [
        "The cost will rise, one broker told reporters.",
        "One question the package does not settle is fishing.",
        "One official said the talks had stalled.",
        "Last winter one hospital went without power for hours.",
    ],
)
def test_one_as_an_indefinite_subject_is_no_count(claims_of: Rows, text: str) -> None:
    assert [r for r in claims_of(text, "quantity") if r["quantity_value"] == 1] == []


def test_one_as_an_object_is_a_count(claims_of: Rows) -> None:
    rows = claims_of("The detainees included one U.S. citizen.", "quantity")
    assert [(r["quantity_value"], r["quantity_item"]) for r in rows] == [(1, "citizen")]


@pytest.mark.parametrize(
    "text",
    [
        "Trade shrank in the first two months of the year.",
        "Consumer prices rose in the first three weeks of October.",
        "Nine days later, the talks resumed.",
        "The plant was hit again two weeks later.",
    ],
)
def test_stretches_of_time_that_date_an_event_are_no_durations(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


def test_a_duration_is_still_a_quantity(claims_of: Rows) -> None:
    rows = claims_of("The blackout lasted nearly two months.", "quantity")
    assert [(r["quantity_value"], r["quantity_unit"]) for r in rows] == [(2, "months")]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Denmark decided to give DKK 2.2 billion.", "contribution"),
        ("The Netherlands added EUR 250 million.", "contribution"),
        ("Donors have committed DKK 45mn to the project.", "funding"),
        ("Around 18 countries have pledged about EUR 1.6 bn to the scheme.", "funding"),
        ("Sweden will contribute roughly SEK 300 million.", "contribution"),
    ],
)
def test_money_verbs_by_lemma(claims_of: Rows, text: str, item: str) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] is not None]
    assert [r["quantity_item"] for r in rows] == [item]


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
    ("text", "bound"),
    [
        ("Latvia will hand over 1.2m rounds of ammunition.", "eq"),
        ("The bank turned over 300 files to investigators.", "eq"),
        ("Kyiv has handed over about 40 prisoners.", "approx"),
        ("The army received over 300 drones.", "gt"),
        ("The tankers carried about 95 million barrels.", "approx"),
        ("Donors will give more than $40 million.", "gt"),
    ],
)
def test_a_verb_particle_is_no_bound(claims_of: Rows, text: str, bound: str) -> None:
    assert one(claims_of, text)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The new cap, set 15% below the average market price, starts in May.", "market price"),
        ("Prices stayed 20% above the pre-war level.", "level"),
        ("Diesel sold 5% below the market price in June.", "market price"),
        ("The new fee is 3% above the official rate.", "rate"),
    ],
)
def test_a_share_against_a_reference_measures_it(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item
