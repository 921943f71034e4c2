"""Shares of a whole that a possessor qualifies ('half of last year's prices'), ranges of two fractions ('by a quarter to a third'), ranges of
number words before a partitive ('eight or nine of the members'), negative readings ('minus 2C')
and a currency's hundredth written on with a hyphen ('a 50-cent surcharge')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("He expects roughly half of last year's prices in the next round.", "half", 50, "prices"),
        ("Nearly a quarter of this season's harvest was lost to hail.", "a quarter", 25, "harvest"),
        (
            "About a fifth of the previous government's reserves had gone.",
            "a fifth",
            20,
            "reserves",
        ),
        (
            "Growers will sell two-thirds of next year's crop in advance.",
            "two-thirds",
            66.67,
            "crop",
        ),
        ("Only a tenth of the ministry's budget was spent by March.", "a tenth", 10, "budget"),
    ],
)
def test_a_share_of_a_possessed_whole(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), "%")
    assert item in row["quantity_item"]


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "change"),
    [
        (
            "She expects prices to fall by a quarter to a third once cases slow.",
            "a quarter",
            25,
            33.33,
            "decrease",
        ),
        ("Output could shrink by a fifth to a quarter next year.", "a fifth", 20, 25, "decrease"),
        ("Rents rose by a tenth to a fifth in most districts.", "a tenth", 10, 20, "increase"),
        ("The plan would cut emissions by a third to a half.", "a third", 33.33, 50, "decrease"),
    ],
)
def test_two_fractions_joined_make_one_range(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, change: str
) -> None:
    rows = [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "%"]
    assert len(rows) == 1, rows
    row = found(claims_of, text, anchor)
    assert row["quantity_bound"] == "range"
    assert (row["quantity_low"], row["quantity_high"]) == (pytest.approx(low), pytest.approx(high))
    assert row["quantity_value"] == pytest.approx(round((low + high) / 2 + 1e-9, 2))
    assert row["quantity_change"] == change


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "item"),
    [
        (
            "Prosecutors opened cases into eight or nine of the network's members.",
            "eight",
            8,
            9,
            "members",
        ),
        ("Police detained six or seven of the protesters on Friday.", "six", 6, 7, "protesters"),
        ("Two or three of the barges sank in the storm.", "Two", 2, 3, "barges"),
        ("Investigators will question four or five of its directors.", "four", 4, 5, "directors"),
    ],
)
def test_a_range_of_number_words_before_a_partitive(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_bound"] == "range"
    assert (row["quantity_low"], row["quantity_high"], row["quantity_item"]) == (low, high, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Overnight temperatures fell to minus 2C in the mountain villages.", "2C", -2),
        ("The thermometer read minus 18C at dawn on Tuesday.", "18C", -18),
        ("Growth was minus 1.2% in the third quarter.", "1.2%", -1.2),
        ("The deposit rate will stay at minus 0.5% until June.", "0.5%", -0.5),
    ],
)
def test_minus_makes_the_figure_negative(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert text[row["span_start"] : row["span_end"]].lower().startswith("minus")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit", "item"),
    [
        (
            "The chain added a 50-cent surcharge per egg dish on Monday.",
            "50-cent",
            50,
            "US cents",
            "surcharge",
        ),
        ("The council approved a 20-pence levy on every cup.", "20-pence", 0.2, "GBP", "levy"),
        ("Riders now pay a 75-cent fee for each transfer.", "75-cent", 75, "US cents", "fee"),
        ("Brewers face a 10-pence duty rise from April.", "10-pence", 0.1, "GBP", "duty rise"),
    ],
)
def test_a_hyphened_hundredth_of_a_currency(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)
    assert row["quantity_item"].split()[-1] == item.split()[-1]


def test_plus_or_minus_is_a_margin_not_a_sign(claims_of: Rows) -> None:
    text = "The poll has a margin of error of plus or minus one percentage point."
    assert found(claims_of, text, "one")["quantity_value"] == 1


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Spot charges were assessed at minus $4.60/t on Friday.", "4.60", -4.6, "USD"),
        ("Refining margins fell to minus €3 a barrel in May.", "3", -3, "EUR"),
        ("The spread closed at minus £1.20 on Tuesday.", "1.20", -1.2, "GBP"),
        ("Processing fees will stay at minus USD 8 a tonne next year.", "8", -8, "USD"),
    ],
)
def test_minus_before_a_currency_sign_makes_the_sum_negative(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        ("Copper use in property remains a quarter below its 2021 peak.", "a quarter", 25, "eq"),
        (
            "TTF averaged EUR 32.10/MWh, about a fifth below September 2024.",
            "a fifth",
            20,
            "approx",
        ),
        (
            "Rents in the capital are now a third above their pre-crisis level.",
            "a third",
            33.33,
            "eq",
        ),
        (
            "Grain stocks stood roughly a tenth below the five-year average.",
            "a tenth",
            10,
            "approx",
        ),
    ],
)
def test_a_fraction_below_or_above_a_reference_is_a_share(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), "%")
    assert row["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "value", "low", "high", "unit"),
    [
        ("The bank kept its target band of 8 ± 2 percent.", "8", 8, 6, 10, "%"),
        ("The poll's margin is 45% +/- 3%.", "45%", 45, 42, 48, "%"),
        ("The estimate is 300 ± 40 deaths.", "300", 300, 260, 340, None),
        (
            "Yields are forecast at 7.5 plus or minus 0.5 tonnes a hectare.",
            "7.5",
            7.5,
            7,
            8,
            "tonnes",
        ),
    ],
)
def test_a_figure_with_a_margin_is_a_range_around_it(
    claims_of: Rows,
    text: str,
    anchor: str,
    value: float,
    low: float,
    high: float,
    unit: str | None,
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (pytest.approx(value), "range")
    assert (row["quantity_low"], row["quantity_high"]) == (pytest.approx(low), pytest.approx(high))
    assert row["quantity_unit"] == unit


@pytest.mark.parametrize(
    ("text", "share", "share_value", "figure", "figure_value"),
    [
        (
            "Half of the nearly 600 guards quit last year.",
            "Half",
            50,
            "nearly 600",
            600,
        ),
        (
            "About a quarter of its some 1,200 stores will close.",
            "a quarter",
            25,
            "some 1,200",
            1200,
        ),
        (
            "Police said two-thirds of the approximately 90 detainees were released.",
            "two-thirds",
            66.67,
            "approximately 90",
            90,
        ),
        (
            "A survey found that almost a third of the roughly 9,000 drivers had no licence.",
            "a third",
            33.33,
            "roughly 9,000",
            9000,
        ),
    ],
)
def test_a_share_of_a_bounded_figure_keeps_both(
    claims_of: Rows, text: str, share: str, share_value: float, figure: str, figure_value: float
) -> None:
    row = found(claims_of, text, share)
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(share_value), "%")
    count = found(claims_of, text, figure)
    assert count["quantity_value"] == pytest.approx(figure_value)
    assert count["quantity_bound"] == "approx"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Kasai province accounts for 44% of all infections, and Kwango province for a further 19%.",
            "19%",
            "infections",
        ),
        ("The north holds 30% of the reserves and the south another 25%.", "25%", "reserves"),
        ("Cairo took 12% of the loans, and Alexandria an additional 8%.", "8%", "loans"),
        (
            "The port city reported 35% of the arrests, and Kisumu a further 22%.",
            "22%",
            "arrests",
        ),
    ],
)
def test_a_further_share_with_its_verb_left_out_is_of_the_same_whole(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
