"""Bare counts whose noun is left out in more roles ('rationing for 6 million', 'cover for
another 35', 'the strongest of about 140 recorded'), a stretch of time before a clause ('needs
20 weeks before it starts laying') and a number with a scale word in a headline's capitals
('CULLS 31 MILLION HENS')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "Live: Catalonia orders water rationing for 6 million as reservoirs fall",
            "6 million",
            6e6,
        ),
        ("The new pipeline will supply drinking water to two million.", "two million", 2e6),
        (
            "Aid agencies warned of hunger among 4 million after the harvest failed.",
            "4 million",
            4e6,
        ),
        ("Officials said the reservoir holds enough water for 1.2 million.", "1.2 million", 1.2e6),
    ],
)
def test_a_bare_crowd_after_a_preposition_counts_people(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, "people")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "The club insured 70 tankers last year, and a second firm issued cover for another 35.",
            "35",
            35,
            "tankers",
        ),
        (
            "The agency resettled 300 families in May and found homes for another 120 in June.",
            "120",
            120,
            "families",
        ),
        (
            "Customs cleared 80 trucks at dawn, with permits pending for an additional 25.",
            "25",
            25,
            "trucks",
        ),
        (
            "Rescuers freed 14 miners on Monday and reached a further six by noon.",
            "six",
            6,
            "miners",
        ),
    ],
)
def test_a_further_bare_count_counts_the_noun_before(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "A strong aftershock struck at noon, the strongest of about 140 recorded since the quake.",
            "140",
            140,
            "aftershock",
        ),
        (
            "The blast, the deadliest of 30 recorded this year, killed nine people.",
            "30",
            30,
            "blast",
        ),
        ("The storm was the strongest of 18 to hit the coast since 2010.", "18", 18, "storm"),
        ("The quake was the most powerful of 60 measured on the island.", "60", 60, "quake"),
    ],
)
def test_a_bare_count_a_superlative_ranks_counts_its_noun(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert item in row["quantity_item"]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Bidding ran for 38 rounds over four days before the sites were awarded.",
            "four days",
            4,
            "days",
        ),
        ("A new flock needs roughly 20 weeks before it starts laying.", "20 weeks", 20, "weeks"),
        (
            "Talks dragged on for six months before the two sides signed a deal.",
            "six months",
            6,
            "months",
        ),
        ("The ferry waited three hours before it was allowed to dock.", "three hours", 3, "hours"),
    ],
)
def test_a_stretch_of_time_before_a_clause_is_a_duration(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


def test_a_stretch_of_time_before_an_event_noun_still_dates(claims_of: Rows) -> None:
    assert claims_of("Two days before the vote, the party withdrew.", "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        ("EGG PRICES HIT RECORD AS BIRD FLU CULLS 31 MILLION HENS", "31 MILLION", 31e6, "hens"),
        ("Storms Uproot 2 Million Trees Across Northern Provinces", "2 Million", 2e6, "trees"),
        ("FACTORY RECALLS 1.4 MILLION CARS OVER BRAKE FAULT", "1.4 MILLION", 1.4e6, "cars"),
        ("Regulator Fines Bank 5 Billion Dollars After Audit", "5 Billion", 5e9, ""),
    ],
)
def test_a_scaled_number_in_a_headline_is_no_name(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert item in row["quantity_item"]


def test_a_bound_before_a_bare_crowd_still_bounds_it(claims_of: Rows) -> None:
    text = "The fighting has displaced over a million since April."
    row = found(claims_of, text, "a million")
    assert (row["quantity_value"], row["quantity_bound"]) == (1e6, "gt")
