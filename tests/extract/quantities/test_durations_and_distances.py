"""Stretches of time and of space: durations count what lasts, else their time unit, stretches that date an event
('two weeks later', 'the 12 months to May') are no claims, lengths from a place are distances."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


def test_durations_and_hyphenated_modifiers(claims_of: Rows) -> None:
    row = one(claims_of, "The plan will run over five years.")
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        5,
        "eq",
        "years",
    )
    assert claims_of("The 27-member bloc met in Brussels.", "quantity") == []


def test_a_duration_is_still_a_quantity(claims_of: Rows) -> None:
    rows = claims_of("The blackout lasted nearly two months.", "quantity")
    assert [(r["quantity_value"], r["quantity_unit"]) for r in rows] == [(2, "months")]


@pytest.mark.parametrize(
    ("text", "unit", "item"),
    [
        ("Leaders met for a three-day summit in Brussels.", "days", "summit"),
        ("Moscow rejected a 30-day truce.", "days", "truce"),
        ("The ministry announced a two-week pause in exports.", "weeks", "pause"),
        ("Kyiv signed a 10-year security pact.", "years", "security pact"),
        ("Dockers walked out in a 12-day strike at the terminal.", "days", "strike"),
        ("The carrier fixed the vessel on a six-month charter.", "months", "charter"),
    ],
)
def test_a_hyphenated_duration_counts_the_noun_it_modifies(
    claims_of: Rows, text: str, unit: str, item: str
) -> None:
    """Round 41: a 30-day truce is a truce of 30 days, as CLAIMS.md-only writers read it."""
    row = one(claims_of, text)
    assert (row["quantity_unit"], row["quantity_item"]) == (unit, item)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Cocoa futures fell to a 12-week low.", "weeks"),
        ("Freight rates rose to a two-year high on Monday.", "years"),
        ("The index slid to a 20-month low.", "months"),
    ],
)
def test_a_hyphenated_duration_before_a_level_noun_counts_its_unit(
    claims_of: Rows, text: str, unit: str
) -> None:
    rows = claims_of(text, "quantity")  # a record low or high names nothing that lasts
    assert all(r["quantity_item"] == unit for r in rows), rows


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        # a term added by a verb of extending is an extension (guidelines), not the noun after
        ("The decree extends by three years curbs on 40 officials.", "three years", "extension"),
        ("Parliament prolonged by six months martial law.", "six months", "extension"),
        ("The court handed down four years imprisonment.", "four years", "imprisonment"),
    ],
)
def test_a_duration_before_a_noun_counts_its_unit_or_the_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The smuggler faces up to 12 years' imprisonment and a fine.", "12 years", "imprisonment"),
        ("Staff at the plant were given three months' notice.", "three months", "notice"),
        ("Striking dockers lost two weeks' wages in March.", "two weeks", "wages"),
        ("Depots hold about six months' worth of diesel.", "six months", "diesel"),
    ],
)
def test_a_time_in_the_genitive_counts_the_noun_it_measures(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


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


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Fees averaged 4.1% last quarter, against 6.3% five years earlier.", "five years"),
        ("Output is back where it stood two decades ago.", "two decades"),
        ("The ferry had been inspected three weeks before the fire.", "three weeks"),
        ("Ten days prior, the same vessel had left Piraeus.", "Ten days"),
    ],
)
def test_a_stretch_of_time_before_earlier_ago_or_before_dates_an_event(
    claims_of: Rows, text: str, anchor: str
) -> None:
    start = text.index(anchor)
    rows = claims_of(text, "quantity")
    assert not any(r["span_start"] <= start < r["span_end"] for r in rows)


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


def test_a_pronoun_subject_does_not_lend_its_antecedent_to_a_duration(claims_of: Rows) -> None:
    text = "The cap fell to $47.60. It will be reviewed every six months."
    assert found(claims_of, text, "six months")["quantity_item"] == "months"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The strike lasted nine days. Shares later fell 4%.", "4%"),
        ("Talks ran for three weeks before the firm paid $2 million.", "$2 million"),
    ],
)
def test_a_duration_before_lends_no_item(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] not in ("days", "weeks")


@pytest.mark.parametrize(
    ("text", "anchor", "bound", "unit"),
    [
        (
            "The ship was escorted to an anchorage about 40 km from the capital.",
            "40",
            "approx",
            "km",
        ),
        (
            "Inspectors may board any vessel within 12 nautical miles of the coast.",
            "12",
            "lte",
            "nautical miles",
        ),
        ("The drone came down 3 miles away from the plant.", "3", "eq", "miles"),
        (
            "The tanker has anchored some 20 nautical miles off the island.",
            "20",
            "approx",
            "nautical miles",
        ),
    ],
)
def test_a_length_from_or_within_reach_of_a_place_is_a_distance(
    claims_of: Rows, text: str, anchor: str, bound: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_bound"], row["quantity_unit"]) == (
        "distance",
        bound,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "anchor", "unit"),
    [
        (
            "The freighter went down about 25 nautical miles north-west of Varna on Friday.",
            "25",
            "nautical miles",
        ),
        ("A second drone was shot down 12 km east of the airfield.", "12", "km"),
        (
            "Rescuers say the trawler had drifted some 60 miles south of the cape by dawn.",
            "60",
            "miles",
        ),
        (
            "Two patrol boats will be stationed 8 nautical miles southeast of the harbour.",
            "8",
            "nautical miles",
        ),
    ],
)
def test_a_length_toward_a_bearing_of_a_place_is_a_distance(
    claims_of: Rows, text: str, anchor: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_item"], row["quantity_unit"]) == ("distance", unit)


def test_a_stretch_of_time_within_is_no_distance(claims_of: Rows) -> None:
    """A stretch of time, at most (lte), as the guidelines have 'within N units'."""
    row = found(claims_of, "Police found them within 24 hours.", "24")
    assert (row["quantity_item"], row["quantity_bound"]) == ("hours", "lte")


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "The first blossoms opened on March 19, nine days earlier than average.",
            "nine days",
            9,
            "days",
        ),
        (
            "The harvest began two weeks later than usual because of the cold spring.",
            "two weeks",
            2,
            "weeks",
        ),
        ("The audit report came out three months later than planned.", "three months", 3, "months"),
        (
            "Ice on the lake broke up 11 days earlier than the long-term average.",
            "11 days",
            11,
            "days",
        ),
    ],
)
def test_a_time_gap_set_against_a_usual_time_is_a_quantity(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
