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


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Holdings stayed above the 30% minimum required by law.", "30%"),
        ("Fares stay under the EUR 40 maximum set by the ministry.", "EUR 40"),
        ("The bank kept its 12% minimum for reserves.", "12%"),
        ("Boats may not exceed the 15-tonne maximum.", "15-tonne"),
    ],
)
def test_a_minimum_a_determiner_opens_is_a_level(claims_of: Rows, text: str, anchor: str) -> None:
    rows = [
        r
        for r in claims_of(text, "quantity")
        if r["span_start"] <= text.index(anchor) < r["span_end"]
    ]
    assert all(r["quantity_bound"] not in ("gte", "lte") for r in rows)
