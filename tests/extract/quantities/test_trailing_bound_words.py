"""A bound word written after its figure: 'minimum' makes it a floor (gte), 'maximum' a ceiling
(lte), as 'at least' and 'at most' do before it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Local staff: 70% minimum", "70%", "gte"),
        ("The permit allows 12 boats maximum in the bay.", "12 boats", "lte"),
        ("Bidders must show equity of $5 million minimum.", "$5 million", "gte"),
        ("The lift carries eight people maximum.", "eight people", "lte"),
    ],
)
def test_a_trailing_minimum_or_maximum_bounds_the_figure(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound
