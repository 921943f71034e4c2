"""Noun chains after a figure: a class noun with its own number before the counted noun ('of
Category 2 claims', 'Tier 1 banks') names the class, the noun after it is what is counted; an
amount before a chain of modifiers ('a $2 million flood relief fund') is the chain's head noun."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Around 55% of Category 2 claims were paid on time.", "category 2 claims"),
        ("Nearly a third of Tier 1 banks failed the stress test.", "banks"),
        ("The agency said 40% of Phase 3 trials ended early.", "phase 3 trials"),
        ("Some 70 percent of Level 4 students will sit the exam.", "level 4 students"),
    ],
)
def test_a_numbered_class_is_not_the_counted_noun(claims_of: Rows, text: str, item: str) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("The council set up a $2 million flood relief fund.", "flood relief fund"),
        ("Lenders agreed a $3 billion debt relief package last week.", "debt relief package"),
        ("The city has approved a €15 million bus lane scheme.", "bus lane scheme"),
        ("The firm won a £40 million road repair contract.", "road repair contract"),
    ],
)
def test_an_amount_before_a_modifier_chain_is_its_head(
    claims_of: Rows, text: str, item: str
) -> None:
    assert claims_of(text, "quantity")[0]["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The city saw a record 318 water main breaks in 2025.", "318", "water main breaks"),
        ("Crews fixed 42 gas main leaks in March.", "42", "gas main leaks"),
        ("Inspectors logged 57 sewer main failures last year.", "57", "sewer main failures"),
        ("The utility reported 19 water main bursts over the winter.", "19", "water main bursts"),
    ],
)
def test_a_noun_before_an_adjective_of_the_same_head_keeps_the_compound(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The plan will fund 27 new centres and expand 41 existing ones.", "41", "centres"),
        ("The city will build 12 new schools and repair 30 old ones by 2028.", "30", "schools"),
        ("Engineers replaced 400 worn rails and will replace 250 more ones.", "250", "rails"),
        ("The airline retired nine jets and bought 14 new ones.", "14", "jets"),
    ],
)
def test_ones_counts_the_noun_counted_before_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
