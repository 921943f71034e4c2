"""A count whose phrase ends in a nationality word counts those people ('7.7 million South
Sudanese face hunger': south sudanese); when a second count follows and both nationality words
modify one noun ('486 Chinese and 317 Vietnamese nationals'), the first count shares that noun
(claims.extract.quantities.items.noun_after)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("About 7.7 million South Sudanese face acute hunger.", "7.7 million", "south sudanese"),
        ("Police rescued 486 Chinese on Monday.", "486", "chinese"),
        ("Some 2,000 Sudanese crossed the border last week.", "2,000", "sudanese"),
        ("Police rescued 486 Chinese and 20 locals.", "486", "chinese"),
    ],
)
def test_a_nationality_word_names_the_people_counted(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Rescuers freed 1,012 workers, including 486 Chinese and 317 Vietnamese nationals.",
            "486",
            "chinese nationals",
        ),
        ("The strike killed 12 British and 3 French soldiers.", "12", "british soldiers"),
        ("* Eight Indonesian, five Chinese workers among dead", "Eight", "indonesian workers"),
        ("Officials detained five Russian and two Ukrainian ships.", "five", "russian ships"),
    ],
)
def test_a_first_count_shares_the_noun_of_a_parallel_second(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_the_second_count_keeps_its_own_noun(claims_of: Rows) -> None:
    text = "The strike killed 12 British and 3 French soldiers."
    assert found(claims_of, text, "3 French")["quantity_item"] == "soldiers"


def test_a_count_set_off_by_a_comma_still_counts_the_people(claims_of: Rows) -> None:
    text = "About 7.7 million South Sudanese, nearly 60% of the population, face acute hunger."
    assert found(claims_of, text, "7.7 million")["quantity_item"] == "south sudanese"


def test_a_nationality_in_a_hyphened_modifier_counts_nothing(claims_of: Rows) -> None:
    """'a Kenyan-led police mission': the word is part of a modifier; the sum keeps its item."""
    text = "Ottawa earmarked a further $25m for a Kenyan-led police mission."
    assert found(claims_of, text, "$25m")["quantity_item"] == "police mission"
