"""Round-4 second-pass families, four sentences of our own each (other words, tenses, notations):
rate and scale notation that must reach both ends of a range, and sums that name what they go to
('will go to', 'to', 'towards', 'into') or what they are for after a bracketed conversion."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


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
    ("text", "anchor", "item"),
    [
        (
            "Of the new package, SEK 3 billion will go to air defence, and SEK 1 billion "
            "to winter repairs in the east.",
            "SEK 3 billion",
            "defence",
        ),
        (
            "Of the new package, SEK 3 billion will go to air defence, and SEK 1 billion "
            "to winter repairs in the east.",
            "SEK 1 billion",
            "repairs",
        ),
        (
            "About $40 million was transferred into flood defences last week.",
            "$40 million",
            "defences",
        ),
        (
            "Some EUR 12 million went towards mine clearance, the agency said.",
            "EUR 12 million",
            "clearance",
        ),
    ],
)
def test_a_sum_measures_what_it_goes_to(claims_of: Rows, text: str, anchor: str, item: str) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Warsaw will release 2 billion zlotys ($500 million) in flood relief.",
            "2 billion zlotys",
            "relief",
        ),
        (
            "Budapest approved 40 billion forints (EUR 100 million) in farm subsidies.",
            "40 billion forints",
            "subsidies",
        ),
        (
            "Prague set aside 5 billion korunas (about $215 million) for dam repairs.",
            "5 billion korunas",
            "repairs",
        ),
        (
            "Oslo has paid out NOK 700 million (USD 65 million) in aid so far.",
            "NOK 700 million",
            "aid",
        ),
    ],
)
def test_a_sum_with_a_bracketed_conversion_names_its_purpose_after_the_brackets(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The fund moved oil worth $90 million to traders in Dubai.", "$90 million", "traders"),
        ("Kyiv sent EUR 5 million to Moldova last year.", "EUR 5 million", "moldova"),
    ],
)
def test_a_recipient_or_place_after_to_is_not_what_a_sum_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"].split()[-1] != item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Another EUR 2.3bn was paid out in May from frozen-asset profits.", "EUR 2.3bn"),
        ("A further GBP 40mn was set aside last week.", "GBP 40mn"),
        ("Some USD 2bn more was wired on Monday.", "USD 2bn"),
        ("An extra CHF 5 million is expected next year.", "CHF 5 million"),
    ],
)
def test_a_sum_that_is_its_own_subject_is_not_its_item(
    claims_of: Rows, text: str, anchor: str
) -> None:
    row = found(claims_of, text, anchor)
    assert not any(ch.isdigit() for ch in row["quantity_item"])


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Grain quotes\nBarley, March delivery: $201/t", "$201/t", "barley price"),
        ("Grain quotes\nRapeseed, CIF Rotterdam: EUR 480/t", "EUR 480/t", "rapeseed price"),
        ("Energy desk\nBrent, front-month: $79.40/bbl", "$79.40/bbl", "brent price"),
        ("Fertilizer quotes\nUrea, FOB Baltic: $310/mt", "$310/mt", "urea price"),
    ],
)
def test_the_terms_of_a_quote_after_a_comma_do_not_name_what_is_priced(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_per"]) == (
        item,
        "barrel" if "bbl" in anchor else "tonne",
    )


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The hearing lasted just over three hours.", "just over three hours", "gt"),
        ("Imports climbed to just over 2 million tonnes.", "just over 2 million tonnes", "gt"),
        ("Support for the deal stood at just under 45%.", "just under 45%", "lt"),
        ("The flotilla counted just under 20 boats.", "just under 20 boats", "lt"),
    ],
)
def test_just_over_and_just_under_keep_their_direction(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound
