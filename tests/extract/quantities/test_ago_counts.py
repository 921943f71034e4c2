"""A count and its noun before 'ago' ('the rate of two seasons ago') say when something
was, no count."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Air cargo now costs double the rate of two seasons ago.",
        "Turnout was far higher than three elections ago.",
        "The levy is back where it stood four budgets ago.",
        "Yields have not been this low since five harvests ago.",
    ],
)
def test_a_count_before_ago_is_no_quantity(claims_of: Rows, text: str) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert not {3, 4, 5} & set(values) and values.count(2) <= 1, values


def test_a_figure_compared_with_a_year_ago_stays(claims_of: Rows) -> None:
    [row] = claims_of("Rents rose 14% from a year ago.", "quantity")
    assert row["quantity_value"] == 14
