"""A bare figure that a copula sets equal to a count noun ('the population was 48,200') counts
that noun; a wrapper noun's 'of' phrase names it instead; other subjects name nothing."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The island's population was 48,200 at the last count.", "48,200", "population"),
        ("Turnout remained 6,100 despite the heavy rain on Sunday.", "6,100", "turnout"),
        ("The number of visitors was 4,000 in the first week.", "4,000", "visitors"),
        ("By June the hospital's backlog is 1,250, officials said.", "1,250", "backlog"),
    ],
)
def test_a_bare_figure_a_copula_sets_equal_to_a_count_noun_counts_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].endswith(item)


def test_a_bare_figure_after_another_subject_names_nothing(claims_of: Rows) -> None:
    rows = claims_of("The final score was 3 after extra time.", "quantity")
    assert [r["quantity_value"] for r in rows] == []
