"""Round-5 families, four sentences of our own each (other words, tenses, notations): currency
signs the tokenizer leaves on the number, 'per' phrases whose base noun has modifiers, and the
other families read from dev_h's and dev_g's errors (see each test's name)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


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
    ("line", "anchor", "item"),
    [
        ("Idle tanker fleet: 1.2% of capacity", "1.2%", "idle tanker fleet"),
        (
            "Average transit time: 41 days, versus 30 before the closure",
            "41 days",
            "average transit time",
        ),
        ("Chicago wheat (Mar): $540/t | m/m: -3.5%", "$540", "chicago wheat"),
        ("Bosporus transits (all ship types): 3,410", "3,410", "bosporus transits"),
        ("Lira (street rate): 41.2 per $", "41.2", "lira"),
        ("Load: about 40,000 tonnes of urea", "40,000 tonnes", "urea"),
    ],
)
def test_a_label_line_names_what_its_figure_measures(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Chicago wheat (Mar): $540/t | m/m: -3.5% | y/y: -12%", "-12%", "chicago wheat"),
        (
            "Bosporus transits (all ship types): 3,410 (June 2024: 3,902)",
            "3,902",
            "bosporus transits",
        ),
        ("Lira (street rate): 41.2 per $ (Monday: 40.8)", "40.8", "lira"),
        ("Ghana arrivals: 0.52 mt (prev. season 0.61 mt)", "0.61 mt", "ghana arrivals"),
        (
            "Average transit time: 41 days, versus 30 before the closure",
            "30",
            "average transit time",
        ),
    ],
)
def test_a_change_or_earlier_figure_beside_a_label_line_measures_the_same_thing(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Q3 2025: copper $9,400 | nickel $16,200", "$9,400", "copper"),
        ("Q3 2025: copper $9,400 | nickel $16,200", "$16,200", "nickel"),
        ("Brent $82 | WTI $78", "$78", "wti"),
        ("Week 12: soybeans $410 | corn $190", "$190", "corn"),
    ],
)
def test_a_name_before_a_sum_in_a_table_row_is_what_is_priced(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The navy logged more than 2,100 drone flights last year, a rise of roughly 40% on 2023.",
            "roughly 40%",
            "drone flights",
        ),
        (
            "The board raised the cotton levy to $12 a bale, a jump of about 25%.",
            "about 25%",
            "cotton levy",
        ),
        (
            "Exporters shipped 3.2 million tonnes of barley, an increase of 18% on the year.",
            "18%",
            "barley",
        ),
        (
            "The agency counted 41 cargo ships in the port, a drop of 12% from May.",
            "12%",
            "cargo ships",
        ),
    ],
)
def test_a_change_noun_after_a_figure_measures_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("We raise our soy forecast by 2 million tonnes to 171 million tonnes.", 2e6, 171e6),
        (
            "The ministry cut its wheat estimate by 900,000 tonnes to 24.5 million tonnes.",
            9e5,
            24.5e6,
        ),
        ("Exports were lifted by $2 billion to $31 billion after the deal.", 2e9, 31e9),
        ("The fleet has grown by 40 tankers to 610 tankers since March.", 40, 610),
    ],
)
def test_by_a_change_to_a_level_is_two_figures_not_a_range(
    claims_of: Rows, text: str, change: float, level: float
) -> None:
    rows = claims_of(text, "quantity")
    assert sorted(r["quantity_value"] for r in rows) == [change, level]
    assert all(r["quantity_bound"] == "eq" for r in rows)


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("The fee will rise by 70% to 85% next year.", 77.5, 70, 85),
        ("Premiums could climb by 5% to 8% this winter.", 6.5, 5, 8),
        ("Fares were cut by between 10% and 15% in May.", 12.5, 10, 15),
        ("Revenue may fall by between $1 billion and $1.5 billion.", 1.25e9, 1e9, 1.5e9),
    ],
)
def test_by_a_range_of_changes_stays_one_range(
    claims_of: Rows, text: str, value: float, low: float, high: float
) -> None:
    rows = claims_of(text, "quantity")
    assert [(r["quantity_value"], r["quantity_low"], r["quantity_high"]) for r in rows] == [
        (value, low, high)
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The country ran a budget deficit of 3.5% of GDP last year.", "3.5%", "budget deficit"),
        (
            "Analysts expect a primary surplus of 2 percent of GDP in 2026.",
            "2 percent",
            "primary surplus",
        ),
        (
            "Ministers promised defence spending of at least 2.5% of GDP.",
            "2.5%",
            "defence spending",
        ),
        ("Public debt of about 80% of GDP worries lenders.", "80%", "public debt"),
    ],
)
def test_a_ratio_noun_holding_a_share_of_gdp_is_what_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("On a monthly basis, CPI fell by 0.4% in July.", "0.4%", "cpi"),
        ("The Producer Price Index (PPI) rose by 2.1% in the year to May.", "2.1%", "ppi"),
        (
            "Core CPIH (excluding energy and food) rose by 5.2% in the year to May.",
            "5.2%",
            "core cpih",
        ),
        ("The manufacturing PMI slipped 1.3% in March.", "1.3%", "pmi"),
        ("The Index of Services including transport (IOS) grew by 0.3% in May.", "0.3%", "ios"),
    ],
)
def test_an_index_known_by_its_acronym_is_what_its_change_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ministers agreed the cod quota, which scientists say should be cut by 20%.",
            "20%",
            "cod quota",
        ),
        (
            "They kept the fuel levy, which analysts expect to rise by 8% next year.",
            "8%",
            "fuel levy",
        ),
        (
            "The port fee, which officials said would climb 12% in June, angered carriers.",
            "12%",
            "port fee",
        ),
        (
            "Unions fought the rail fare, which the regulator wants to raise by 4%.",
            "4%",
            "rail fare",
        ),
    ],
)
def test_a_change_in_a_relative_clause_measures_the_noun_it_is_about(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Global container volumes reached 14.1 million TEU in May, the latest month for which "
            "data exist, up 5.2% from a year earlier.",
            "5.2%",
            "global container volumes",
        ),
        (
            "Grain exports hit 4.4 million tonnes in March, the last month with full figures, "
            "down 8% on the year.",
            "8%",
            "grain exports",
        ),
        ("London futures lost 9% to settle at £3,100.", "£3,100", "london futures"),
        ("Brent crude gained 4% to close at $88 a barrel.", "$88", "brent crude"),
    ],
)
def test_a_change_or_level_after_an_aside_measures_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    "text",
    [
        "Core CPIH rose by 5.2% in the 12 months to May.",
        "Rents climbed 9% in the three months to March.",
        "Exports fell 4% in the six months ending in June.",
        "Output grew 1.1% in the 12 months through April.",
    ],
)
def test_the_months_to_a_date_date_a_figure_and_are_no_duration(claims_of: Rows, text: str) -> None:
    units = [r["quantity_unit"] for r in claims_of(text, "quantity")]
    assert units == ["%"]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("NY cocoa settled at $6,100 a tonne on Friday.", "$6,100", "ny cocoa"),
        ("Arabica fetched $3.40 a pound in June.", "$3.40", "arabica"),
        ("Copper held at $9,400 a tonne.", "$9,400", "copper"),
        ("Urals averaged $56 a barrel in May.", "$56", "urals price"),
    ],
)
def test_a_traded_good_quoted_per_unit_is_its_own_price(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "value", "item"),
    [
        ("Auction: 91-day bill: 10.8%; 182-day bill: 12.9%", "12.9%", 12.9, "182-day bill"),
        ("10-year bond: 4.2% | 30-year bond: 4.9%", "4.2%", 4.2, "10-year bond"),
        ("Rates: 30-day loan: 7.5%", "7.5%", 7.5, "30-day loan"),
        ("5-year swap: 3.1%", "3.1%", 3.1, "5-year swap"),
    ],
)
def test_a_number_in_a_label_names_the_row_and_the_value_is_the_quantity(
    claims_of: Rows, line: str, anchor: str, value: float, item: str
) -> None:
    text = on_a_page(line)
    rows = claims_of(text, "quantity")
    assert all(r["quantity_unit"] == "%" for r in rows), rows
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Of the aircraft, 32 crossed the median line.", "32", "aircraft"),
        ("Of the missiles, 14 were shot down over the sea.", "14", "missiles"),
        ("Of the trawlers, six have already left port.", "six", "trawlers"),
        ("Of the new recruits, 900 will train abroad.", "900", "new recruits"),
    ],
)
def test_a_bare_count_after_a_fronted_of_phrase_counts_its_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("line", "anchor", "item"),
    [
        ("Crude exports (seaborne): 3.12 mb/d | m/m change: -4.3%", "-4.3%", "crude exports"),
        ("Diesel exports: 0.9 mb/d | y/y change: +6%", "+6%", "diesel exports"),
        ("Port calls: 412 | w/w: -3%", "-3%", "port calls"),
        ("Coal loadings: 2.1 mt | q/q change: +11%", "+11%", "coal loadings"),
    ],
)
def test_a_change_labelled_only_by_its_period_measures_the_row(
    claims_of: Rows, line: str, anchor: str, item: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    "text",
    [
        "Aid reached 1 billion zlotys ($1 = 3.85 zlotys).",
        "The fund holds 40 billion rupees ($1 = 83.2 rupees).",
        "UPDATE 3-Floods: Poland declares disaster as the toll rises to 23",
        "UPDATE 2-Ports reopen after strike ends",
    ],
)
def test_conversion_notes_and_wire_update_numbers_are_no_quantities(
    claims_of: Rows, text: str
) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert not set(values) & {1, 2, 3, 3.85, 83.2}


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Ukraine says 381 of the 407 drones were downed.", "381 of the 407", 381),
        ("Officials said 52 of the 60 missiles were intercepted.", "52 of the 60", 52),
        ("Only nine of the 30 tankers had valid insurance.", "nine of the 30", 9),
        ("Some 12 of the 40 crew were rescued.", "12 of the 40", 12),
    ],
)
def test_a_partitive_count_spans_the_figure_of_the_whole_it_is_taken_from(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    start = text.index(anchor)
    rows = [r for r in claims_of(text, "quantity") if r["quantity_value"] == value]
    assert len(rows) == 1 and rows[0]["span_end"] == start + len(anchor)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A EUR 300 million fund would be topped up to EUR 1 billion.", "EUR 1 billion"),
        ("Output was ramped up to 40,000 shells a month.", "40,000 shells"),
        ("The grant was scaled up to $2 million in May.", "$2 million"),
        ("Patrols were stepped up to 12 flights a day.", "12 flights"),
    ],
)
def test_up_to_after_a_phrasal_verb_is_no_bound(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Norway has given more than NOK 90 million in military, humanitarian and legal aid "
            "to Moldova since 2022.",
            "NOK 90 million",
            "aid",
        ),
        (
            "Canada pledged CAD 25 million in military and humanitarian support.",
            "CAD 25 million",
            "support",
        ),
        (
            "The bank lent EUR 300 million in new, cheaper and longer loans.",
            "EUR 300 million",
            "loans",
        ),
        (
            "Donors gave $70 million in medical, legal and financial grants, including $9 million "
            "announced on Friday.",
            "$9 million",
            "grants",
        ),
    ],
)
def test_a_sum_in_a_noun_with_listed_adjectives_measures_that_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        (
            "Its forces had shot down 112 drones over eight regions during the day.",
            "eight regions",
            "eq",
        ),
        ("It was the highest annual rate in over 45 years.", "45 years", "gt"),
        ("The mill has run at a loss for over three years.", "three years", "gt"),
        ("Gangs killed over 400 people in May.", "400 people", "gt"),
    ],
)
def test_over_is_a_bound_unless_it_says_where(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("POLICY RATE CUT BY 350 BASIS POINTS TO 21.5 PER CENT", "21.5 PER CENT", "policy rate"),
        ("The bank cut its key rate by 50 basis points to 16.5%.", "16.5%", "key rate"),
        ("Exports rose by 200,000 barrels to 3.1 million barrels a day.", "3.1 million", "exports"),
        ("Freight rates climbed by $400 to $2,900 a box.", "$2,900", "freight rates"),
    ],
)
def test_the_level_a_change_reaches_measures_what_changed(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Markets\n\n- Lira hits record low of 41,500 to the dollar in Istanbul\n",
            "41,500",
            "lira",
        ),
        ("The rupee fell to a low of 91 against the dollar.", "91", "rupee"),
        ("Wheat touched a peak of 410 in March.", "410", "wheat"),
        ("Markets\n\n- Rand falls to a record low of 19.9 to the dollar\n", "19.9", "rand"),
    ],
)
def test_a_low_or_peak_measures_the_subject_that_reaches_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
