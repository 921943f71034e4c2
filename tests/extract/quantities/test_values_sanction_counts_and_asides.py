"""Counts that are a sanction's in other words, and the like."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Canada designated 12 officials and three companies. "
            "All 15 designations involve an asset freeze.",
            15,
        ),
        (
            "Britain sanctioned 46 targets on Monday. "
            "The remaining 22 designations cover traders in Dubai.",
            22,
        ),
        (
            "The EU added four men to its list. "
            '"Four names for a war like this is not enough," an activist said.',
            4,
        ),
        (
            "Japan froze the assets of nine firms. "
            "Of the 17 names on the list before this week, most live abroad.",
            17,
        ),
        (
            "Switzerland adopted the EU listings on Tuesday; two earlier listings were dropped.",
            2,
        ),
    ],
)
def test_a_count_of_list_entries_belongs_to_the_sanction(
    claims_of: Rows, text: str, number: float
) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert number not in values


def test_targets_with_no_sanction_in_the_text_stay_a_quantity(claims_of: Rows) -> None:
    text = "The army said it struck 30 targets overnight."
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert values == [30]


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The dig would last at least another eight weeks.", "eight weeks", "gte"),
        ("Talks will run for more than a further ten days.", "ten days", "gt"),
        ("Rescuers are searching for about another 40 people.", "40 people", "approx"),
        ("Up to an additional 300 troops will be sent.", "300 troops", "lte"),
        ("The firm will hire another 50 staff.", "50 staff", "eq"),
    ],
)
def test_a_bound_word_reaches_over_another(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Of the 23 injured, four were in a serious condition, health officials said.",
            "four",
            "injured people",
        ),
        ("Of the 40 wounded, 12 are children, the ministry says.", "12", "wounded people"),
        (
            "Of the nine arrested, three were later released, police said.",
            "three",
            "arrested people",
        ),
        ("Of the 300 evacuated, 80 have returned home.", "80", "evacuated people"),
    ],
)
def test_a_count_fronted_by_a_counted_participle_counts_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Rescuers pulled 197 survivors from the sea. Eleven remain in hospital, three in critical condition.",
            "three",
        ),
        (
            "The blast injured 40 workers. Nine were flown to the capital, two with severe burns.",
            "two",
        ),
        ("Police detained 30 protesters. Most were freed, six in the early hours.", "six"),
        ("The storm damaged 120 homes in the valley, 15 beyond repair.", "15"),
    ],
)
def test_a_bare_count_aside_with_its_own_phrase_is_a_quantity(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] > 0
