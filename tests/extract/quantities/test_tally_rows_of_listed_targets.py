"""Verbless tally rows in an article that states a freeze or a listing ('Last year: 40
people, 12 firms.') count the listed targets under a label, no quantity of their own, when they
count target words of more than one kind; a row of one kind ('Toll: 31 people') may count
something else and stays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The unit froze the accounts of six traders on Monday. Over 2023: 44 persons, 7 entities.",
        "Canada listed four more shipping firms. Total since March - 27 individuals and 15 "
        "companies.",
        "The regulator blocked the funds of a broker. Year to date: 12 people, 5 firms, 3 ships.",
        "Japan sanctioned two banks today. Previous round: 18 individuals and 6 organisations.",
    ],
)
def test_tally_rows_of_targets_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


def test_a_row_of_one_kind_stays_a_quantity(claims_of: Rows) -> None:
    text = "The unit froze the accounts of six traders. Toll of the floods: 31 people."
    assert _values(claims_of, text) == [31]
