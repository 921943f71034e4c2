"""A range that is the second level of a from-to change ('from 27 pupils to between 30 and 32')
measures what the first level does: it takes that item (and unit), as a bare figure there does."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "item", "unit"),
    [
        (
            "Each ward will go from 18 beds to between 22 and 24 once the extension opens.",
            "between 22",
            22,
            24,
            "beds",
            None,
        ),
        (
            "Court delays were cut from 40 weeks to between 12 and 16 last year.",
            "between 12",
            12,
            16,
            "court delays",
            "weeks",
        ),
        (
            "Membership, which had been expected to climb from 900 volunteers to between 1,200 "
            "and 1,500, stalled.",
            "between 1,200",
            1200,
            1500,
            "volunteers",
            None,
        ),
        (
            "Rents have risen from $900 to between $1,100 and $1,300 in two years.",
            "between $1,100",
            1100,
            1300,
            "rents",
            "USD",
        ),
    ],
)
def test_a_range_ending_a_change_takes_its_item(
    claims_of: Rows, text: str, anchor: str, low: int, high: int, item: str, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_low"], row["quantity_high"], row["quantity_bound"]) == (
        low,
        high,
        "range",
    )
    assert (row["quantity_item"], row["quantity_unit"]) == (item, unit)


def test_a_second_level_with_its_own_noun_keeps_it(claims_of: Rows) -> None:
    row = found(claims_of, "The crew shrank from 27 sailors to 3 officers.", "3 officers")
    assert row["quantity_item"] == "officers"
