"""What the finder takes as one quantity: its value, bound, unit and span, on small sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.quantities.helpers import Rows, found, one


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
        ("The convoy covered 120 km before dawn.", 120, "km", "distance"),
        ("Analysts tracked the fleet over the past 12 months.", 12, "months", "months"),
        ("The agency froze accounts holding 48.6 million tenge.", 48.6e6, "KZT", "funds"),
        ("Courts imposed fines totalling 4 million lari on protesters.", 4e6, "GEL", "fines"),
        ("The ministry paid 250 million lei in compensation.", 250e6, "RON", "compensation"),
        ("Chisinau received 90 million Moldovan lei in grants.", 90e6, "MDL", "grants"),
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


def test_partitive_without_a_sanction_is_a_quantity(claims_of: Rows) -> None:
    assert one(claims_of, "Three of the officials resigned in protest.")["quantity_value"] == 3


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
    ("text", "anchor", "value", "bound"),
    [
        ("The sales brought in well over half a billion dollars last year.", "half", 5e8, "gt"),
        ("Half a million people fled the city.", "Half", 5e5, "eq"),
        ("The fund holds about half a billion euros.", "half", 5e8, "approx"),
        ("Nearly half a million tonnes of grain were lost.", "half", 5e5, "approx"),
    ],
)
def test_half_an_article_and_a_scale_is_one_number(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, bound)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "The cuts, around 11% of the group's 16,400 staff, will save 2.2 billion crowns.",
            "around 11%",
            11,
        ),
        ("We lower our price forecast by 4 cents to 66-70 cents a pound.", "4 cents", 4),
        ("Nearly 40% of the country's 2,300 clinics have closed since June.", "Nearly 40%", 40),
        ("The union said 15% of the 48,000 drivers had joined the strike.", "15%", 15),
    ],
)
def test_a_figure_ends_before_the_figure_of_the_noun_it_measures(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    start = text.index(anchor)
    rows = [r for r in claims_of(text, "quantity") if r["quantity_value"] == value]
    assert len(rows) == 1, claims_of(text, "quantity")
    assert (rows[0]["span_start"], rows[0]["span_end"]) == (start, start + len(anchor))
