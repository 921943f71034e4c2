"""How many times an event happened ('was fined twice last season', 'has twice rejected', 'more
than twice within a month') is a count of occasions; a multiple ('twice as many'), an idiom
('think twice') and 'once' meaning formerly are not, and a hyphened frequency before a noun
('twice-weekly sailings') counts that noun per its period."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        ("The referee was suspended twice during the 2023 campaign.", "twice", 2, "eq"),
        ("The merger talks broke down twice, in 2011 and 2019.", "twice", 2, "eq"),
        ("The council has twice rejected the housing plan since March.", "twice", 2, "eq"),
        (
            "Rangers may shoot a wolf that attacks livestock more than twice within a month.",
            "more than twice",
            2,
            "gt",
        ),
    ],
)
def test_a_frequency_word_a_verb_governs_counts_occasions(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_per"]) == (
        value,
        bound,
        None,
    )


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The reservoir holds twice as much water as last year.", "twice"),
        ("Inflation is running at more than twice the target.", "twice"),
    ],
)
def test_a_multiple_stays_a_multiple(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (2, "times")


@pytest.mark.parametrize(
    "text",
    [
        "Voters should think twice before backing the plan.",
        "The mill was once the largest employer in the valley.",
        "He was fined once more after the appeal failed.",
        "Most residents have visited the new library at least once.",
    ],
)
def test_an_idiom_or_formerly_is_no_count(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item", "per"),
    [
        (
            "The ferry company adds twice-weekly sailings to Corsica in June.",
            "twice-weekly",
            2,
            "sailings",
            "week",
        ),
        ("Patients were given a twice-daily dose of the drug.", "twice-daily", 2, "dose", "day"),
        (
            "The town holds a once-monthly market on the square.",
            "once-monthly",
            1,
            "market",
            "month",
        ),
        (
            "Crews run twice-yearly inspections of the dam.",
            "twice-yearly",
            2,
            "inspections",
            "year",
        ),
    ],
)
def test_a_hyphened_frequency_counts_its_noun_per_period(
    claims_of: Rows, text: str, anchor: str, value: float, item: str, per: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"], row["quantity_per"]) == (
        value,
        item,
        per,
    )
