"""Number notations news writes: money with codes, signs and glued scales, units glued to numbers,
scaled units (mt, kt, bcm, TEU), ranges with the unit on both ends, coordinated counts, 'and a
half', and the period or base of a rate."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The broker received $US4.2m in commissions.", 4.2e6, "USD"),
        ("Britain set aside GBP 30mn for patrol drones.", 30e6, "GBP"),
        ("LNG revenue came to EUR 0.9 bn in March.", 0.9e9, "EUR"),
        ("The donors pledged USD five billion for reconstruction.", 5e9, "USD"),
        ("Tokyo exported goods worth JPY 262bn to the region.", 262e9, "JPY"),
        ("Norway sold fish worth NOK 1.2bn last year.", 1.2e9, "NOK"),
        ("A mid-sized refiner paid $3m in fees.", 3e6, "USD"),
        ("Copenhagen committed DKK 45mn to the fund.", 45e6, "DKK"),
        ("A new ring road will cost 3.4 billion reais.", 3.4e9, "BRL"),
        ("The bridge cost 450 million lempiras.", 4.5e8, "HNL"),
        ("Farmers were paid 1.2 billion Kenyan shillings in bonuses.", 1.2e9, "KES"),
        ("The court set the fine at 40,000 shekels.", 4e4, "ILS"),
        ("Rice imports rose to 3 trillion rupiah.", 3e12, "IDR"),
    ],
)
def test_money_in_every_notation(claims_of: Rows, text: str, value: float, unit: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Taipei will spend an extra NT$48 billion on coastal radars.",
            "NT$48 billion",
            48e9,
            "TWD",
        ),
        ("Farm debts of GH¢ 1.7 billion were written off in May.", "GH¢ 1.7 billion", 1.7e9, "GHS"),
        ("The board paid growers GH₵900 million last season.", "GH₵900 million", 9e8, "GHS"),
        ("Petrobras booked R$12 billion in profit over the quarter.", "R$12 billion", 12e9, "BRL"),
    ],
)
def test_a_currency_sign_glued_to_the_number_is_its_unit(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "item"),
    [
        ("The factory assembled 5K FPV drones in May.", 5000, "drones"),
        ("The army received 1.2m rounds of ammunition.", 1.2e6, "rounds"),
        ("Volunteers delivered 40k sleeping bags.", 40000, "sleeping bags"),
        ("The agency reported 2.5bn messages a year.", 2.5e9, "messages"),
    ],
)
def test_scale_letters_written_onto_counts(
    claims_of: Rows, text: str, value: float, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_item"]) == (pytest.approx(value), item)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Car shipments slumped 24pc in the spring.", 24, "%"),
        ("Each generator produces 10kW at peak.", 10, "kW"),
        ("The plant made 155mm shells for the front.", 155, "mm"),
        ("Wholesale prices climbed 7pct over the summer.", 7, "%"),
    ],
)
def test_units_glued_to_numbers(claims_of: Rows, text: str, value: float, unit: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The central bank trimmed its key rate by 25bp on Thursday.", "25bp", 25, "basis points"),
        ("Markets now price in 75bps of cuts by June.", "75bps", 75, "basis points"),
        ("The jobless rate edged up 0.3pp in the spring.", "0.3pp", 0.3, "percentage points"),
        ("Thermometers in Cordoba showed 44.8C on Sunday.", "44.8C", 44.8, "C"),
        ("Ottawa will add a further $C40m for the mission.", "$C40m", 40_000_000, "CAD"),
        ("Sydney pledged $A12m in relief.", "$A12m", 12_000_000, "AUD"),
        ("Each household received MDL 2,500 in support.", "MDL 2,500", 2500, "MDL"),
        ("The council has spent $2m.", "$2m", 2_000_000, "USD"),
        ("The repairs cost the town £14.5m.", "£14.5m", 14_500_000, "GBP"),
    ],
)
def test_glued_rate_and_temperature_units_code_prefixes_and_a_final_scale_letter(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


def test_a_lower_case_c_glued_to_a_number_is_no_temperature(claims_of: Rows) -> None:
    rows = claims_of("Petrol now costs 50c more than in spring.", "quantity")
    assert all(r["quantity_unit"] != "C" for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Poland shipped 2.6 mt of wheat in the first quarter.", "2.6 mt", 2_600_000),
        ("Barley sales reached 0.8 mt by the end of March.", "0.8 mt", 800_000),
        ("The quota for sugar has been set at 1.1 mmt for the season.", "1.1 mmt", 1_100_000),
        ("Egypt bought 3 mt more than a year earlier.", "3 mt", 3_000_000),
    ],
)
def test_mt_after_a_figure_is_million_tonnes(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "tonnes")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("Pipeline gas exports: 2.6 bcm", "2.6", 2.6e9, "pipeline gas exports"),
        ("Norway piped 117 bcm of gas to Europe last year.", "117", 117e9, "gas"),
        ("Flows fell to about 40 mcm a day in March.", "40", 40e6, "flows"),
        ("The field is thought to hold 1.3 tcm of gas.", "1.3", 1.3e12, "gas"),
    ],
)
def test_gas_volumes_in_bcm_carry_their_scale(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        pytest.approx(value),
        "m3",
        item,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The terminal moved 412,000 TEUs in the second quarter.", "412,000 TEUs", "containers"),
        (
            "Carriers shipped 2.1 million TEU across the Pacific last year.",
            "2.1 million TEU",
            "containers",
        ),
        ("H1 2024: 96,300 TEUs", "96,300 TEUs", "containers"),
        ("Yards are due to hand over 600,000 TEU of new tonnage.", "600,000 TEU", "tonnage"),
    ],
)
def test_a_container_unit_counts_containers_unless_an_of_phrase_names_them(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Brokers charge commissions of 3% to 5% on each cargo.", 3, 5, "%"),
        ("Analysts expect growth of between 0.5% and 1.5% next year.", 0.5, 1.5, "%"),
        ("Charter costs run between $2m and $3m per voyage.", 2e6, 3e6, "USD"),
        ("The deficit may reach between RUB 1 trillion and RUB 1.5 trillion.", 1e12, 1.5e12, "RUB"),
        ("Each shell costs from EUR 3,000 to EUR 4,000 on the market.", 3000, 4000, "EUR"),
        ("Premiums stood at 1% to 1.5% of a hull's value.", 1, 1.5, "%"),
    ],
)
def test_ranges_with_the_unit_on_both_ends(
    claims_of: Rows, text: str, low: float, high: float, unit: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_bound"], row["quantity_low"], row["quantity_high"]) == (
        "range",
        pytest.approx(low),
        pytest.approx(high),
    )
    assert row["quantity_unit"] == unit
    assert row["quantity_value"] == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "unit"),
    [
        ("Forecasters see a fall of between 5C and 9C overnight.", "between 5C and 9C", 5, 9, "C"),
        (
            "Traders price in between 25bp and 50bp of cuts.",
            "between 25bp and 50bp",
            25,
            50,
            "basis points",
        ),
        (
            "The port will spend between $C90m and $C120m on cranes.",
            "between $C90m and $C120m",
            90_000_000,
            120_000_000,
            "CAD",
        ),
        (
            "Spreads widened by between 0.2pp and 0.4pp.",
            "between 0.2pp and 0.4pp",
            0.2,
            0.4,
            "percentage points",
        ),
    ],
)
def test_a_range_of_figures_with_glued_units_is_one_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_bound"], row["quantity_low"], row["quantity_high"], row["quantity_unit"])
    assert got == ("range", pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "low", "high", "unit"),
    [
        (
            "Kazakh oil exports held at 1.4-1.5 mb/d through the spring.",
            "1.4-1.5 mb/d",
            1_450_000,
            1_400_000,
            1_500_000,
            "barrels",
        ),
        (
            "Analysts see the Romanian maize crop at 12-14 mt this season.",
            "12-14 mt",
            13_000_000,
            12_000_000,
            14_000_000,
            "tonnes",
        ),
        (
            "The ministry expects arms revenue of USD 8-10bn next year.",
            "USD 8-10bn",
            9_000_000_000,
            8_000_000_000,
            10_000_000_000,
            "USD",
        ),
        (
            "Repairs to the grid will cost EUR 30-35mn, the operator estimated.",
            "EUR 30-35mn",
            32_500_000,
            30_000_000,
            35_000_000,
            "EUR",
        ),
    ],
)
def test_a_scale_or_rate_unit_after_a_range_scales_both_ends(
    claims_of: Rows, text: str, anchor: str, value: float, low: float, high: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_value"], row["quantity_low"], row["quantity_high"], row["quantity_unit"])
    assert got == (value, low, high, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "item"),
    [
        (
            "Analysts expect a surplus of between 150 kt and 180 kt of refined zinc this year.",
            "between 150 kt and 180 kt",
            165000,
            "range",
            "zinc",
        ),
        (
            "Miners shipped between 2 mt and 3 mt of coal.",
            "between 2 mt and 3 mt",
            2.5e6,
            "range",
            "coal",
        ),
        (
            "The group sees a nickel deficit of 80-120 kt in 2026.",
            "80-120 kt",
            100000,
            "range",
            "nickel deficit",
        ),
        ("Tin output slipped to 31 kt last year.", "31 kt", 31000, "eq", "tin output"),
    ],
)
def test_kilotonnes_scale_to_tonnes_and_a_range_in_a_scaled_unit_scales_both_ends(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        value,
        bound,
        "tonnes",
    )
    assert row["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "low", "high", "item"),
    [
        ("Eight or nine ships waited outside the port.", 8, 9, "ships"),
        ("The strike wounded two or three guards.", 2, 3, "guards"),
        ("Inspectors found four or five drones in the hold.", 4, 5, "drones"),
        ("Ten or twelve trucks crossed the border.", 10, 12, "trucks"),
    ],
)
def test_coordinated_counts_are_ranges(
    claims_of: Rows, text: str, low: float, high: float, item: str
) -> None:
    row = one(claims_of, text)
    assert (row["quantity_low"], row["quantity_high"], row["quantity_item"]) == (low, high, item)
    assert row["quantity_bound"] == "range"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plant will make one and a half million shells.", 1.5e6),
        ("About two and a half thousand troops arrived.", 2500),
        ("The ministry ordered three and a half million rounds.", 3.5e6),
        ("The ships carried one and a half thousand tonnes of grain.", 1500),
    ],
)
def test_and_a_half(claims_of: Rows, text: str, value: float) -> None:
    assert one(claims_of, text)["quantity_value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Exports averaged 1.9 million barrels a day in May.", "day"),
        ("Russia produces 3 million shells per year.", "year"),
        ("Urals averaged $56.30/bbl in July.", "barrel"),
        ("Soldiers are paid about $2,000 a month.", "month"),
        ("Crude exports reached 3.3 mb/d in June.", "day"),
    ],
)
def test_rates_name_their_period(claims_of: Rows, text: str, per: str) -> None:
    assert one(claims_of, text)["quantity_per"] == per


@pytest.mark.parametrize(
    ("text", "anchor", "value", "per", "item"),
    [
        (
            "The board lifted the cocoa price to GH¢ 3,100 per 64kg bag for the new crop.",
            "GH¢ 3,100",
            3100,
            "bag",
            "cocoa price",
        ),
        (
            "Millers now pay $240 per 50-kg sack of flour.",
            "$240",
            240,
            "sack",
            None,
        ),
        (
            "The detour put the extra fuel bill at about $650,000 per round trip.",
            "$650,000",
            650_000,
            "trip",
            "extra fuel bill",
        ),
        (
            "Spot rates ended May at $3,900 per forty-foot box, a carrier said.",
            "$3,900",
            3900,
            "box",
            None,
        ),
    ],
)
def test_a_per_phrase_with_modifiers_is_the_base_not_a_count(
    claims_of: Rows, text: str, anchor: str, value: float, per: str, item: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_per"]) == (value, per)
    if item is not None:
        assert row["quantity_item"] == item
    base = text.index("per") + 4
    assert not [
        r
        for r in claims_of(text, "quantity")
        if r["span_start"] >= base and r["quantity_value"] != value
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "unit"),
    [
        (
            "The carmaker now expects a margin of 4.5%-5.5% for the year.",
            "4.5%-5.5%",
            4.5,
            5.5,
            "%",
        ),
        ("Rents climbed by 10%-12% across the capital last spring.", "10%-12%", 10, 12, "%"),
        ("Analysts see growth of 2%-3% in 2027, down from 5%-6%.", "5%-6%", 5, 6, "%"),
        (
            "Storm damage was estimated at $US350m-400m by insurers.",
            "$US350m-400m",
            3.5e8,
            4e8,
            "USD",
        ),
        ("The council will spend $A20m-30m on new levees.", "$A20m-30m", 2e7, 3e7, "AUD"),
    ],
)
def test_a_range_written_as_one_token_with_its_unit_on_both_ends(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_low"], row["quantity_high"], row["quantity_bound"], row["quantity_unit"])
    assert got == (pytest.approx(low), pytest.approx(high), "range", unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Restructuring will cost 1.1 billion-1.3 billion euros next year.", 1.1e9, 1.3e9, "EUR"),
        ("The field holds 2 million-3 million barrels of oil.", 2e6, 3e6, "barrels"),
        ("The fund may grow to 40 billion-45 billion dollars by 2030.", 40e9, 45e9, "USD"),
        ("Insurers expect claims of 600 million-800 million euros.", 600e6, 800e6, "EUR"),
    ],
)
def test_a_range_with_a_scale_word_on_both_ends(
    claims_of: Rows, text: str, low: float, high: float, unit: str
) -> None:
    row = one(claims_of, text)
    got = (row["quantity_low"], row["quantity_high"], row["quantity_bound"], row["quantity_unit"])
    assert got == (pytest.approx(low), pytest.approx(high), "range", unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The depot stores up to 120,000 m3 of fuel and supplies a fifth of the stations.",
            "120,000",
            120000,
            "m3",
        ),
        ("Sea ice covered 1.79m km2 at its lowest point in February.", "1.79m", 1.79e6, "km2"),
        (
            "Wildfires have burned 42,000 ha of forest in the province this summer.",
            "42,000",
            42000,
            "hectares",
        ),
        (
            "The reservoir will hold 3.5 million m3 once the dam is raised.",
            "3.5 million",
            3.5e6,
            "m3",
        ),
    ],
)
def test_unit_abbreviations_written_apart(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Shipments to South Korea nearly doubled to 3,100 t. Output held steady.", "3,100", 3100),
        ("The mill crushed 48,000 t. Stocks fell to a two-year low.", "48,000", 48000),
        ("Exports to Japan slipped to 9,500 t. Demand there remains weak.", "9,500", 9500),
        (
            "Last season the co-operative shipped 12,000 t. It expects more this year.",
            "12,000",
            12000,
        ),
    ],
)
def test_a_unit_abbreviation_ending_a_sentence(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "tonnes")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Fibre to be laid: ~21,500 km", "~21,500", 21500, "km"),
        ("The new line will carry ~40,000 passengers a day.", "~40,000", 40000, None),
        (
            "Contractors have cleared ~1,200 hectares of mines since March.",
            "~1,200",
            1200,
            "hectares",
        ),
        ("Spending on the scheme reached ~$3.4 million last year.", "3.4 million", 3.4e6, "USD"),
    ],
)
def test_a_tilde_on_a_figure_makes_it_approximate(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        pytest.approx(value),
        "approx",
        unit,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit", "bound"),
    [
        ("The ban covers cut stones of 0.5 carats or more.", "0.5 carats", 0.5, "carats", "gte"),
        ("The limit drops to a tenth of a carat next year.", "a tenth", 0.1, "carats", "eq"),
        ("The largest gem weighed 104 carats.", "104 carats", 104, "carats", "eq"),
        ("Each ring holds a 2-carat stone.", "2-carat", 2, None, "eq"),
    ],
)
def test_gem_weights_are_measured_in_carats(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str | None, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (pytest.approx(value), bound)
    if unit is not None:
        assert row["quantity_unit"] == unit
