"""Bare counts whose noun is left out, and partitives, on sentences written for these tests."""

from __future__ import annotations

from tests.extract.quantities.helpers import Rows


def values_items(claims_of: Rows, text: str) -> list[tuple[float, str]]:
    return [(r["quantity_value"], r["quantity_item"]) for r in claims_of(text, "quantity")]


def test_partitive_counts_both_numbers(claims_of: Rows) -> None:
    text = "Rescuers reached 12 of the 40 miners trapped below ground."
    assert values_items(claims_of, text) == [(12, "miners"), (40, "miners")]


def test_bare_count_goes_on_counting_an_earlier_noun(claims_of: Rows) -> None:
    text = "About 60 farmers filed claims against the mill. So far only nine have been paid."
    assert (9, "farmers") in values_items(claims_of, text)


def test_bare_object_takes_the_clause_subject(claims_of: Rows) -> None:
    text = "Reported measles infections have passed 4,000 this spring."
    assert values_items(claims_of, text) == [(4000, "measles infections")]


def test_a_bare_crowd_as_subject_counts_people(claims_of: Rows) -> None:
    assert values_items(claims_of, "Nearly 2 million have fled the region.") == [(2e6, "people")]


def test_a_compared_bare_figure_counts_what_it_is_compared_with(claims_of: Rows) -> None:
    text = "The plant now builds 90 buses a week, up from about 40 a week in 2023."
    assert values_items(claims_of, text) == [(90, "buses"), (40, "buses")]
