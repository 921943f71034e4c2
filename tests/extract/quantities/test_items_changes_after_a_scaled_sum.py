"""Changes set off after a scaled sum: in a summary line ('Remittances $2.3 bln in Q3, down 4%'),
the parse may hang the change adverb on the scale word; a scale word ('bln', 'mn', 'bn') is no
thing that changed, so the change measures what the sum before it measures."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "sum_", "change"),
    [
        ("Summary\n* Yarn exports $1.21 bln in Jan-Sept, up 9% y/y\n", "$1.21 bln", "9%"),
        ("Key points\n* Remittances $2.3 bln in Q3, down 4% y/y\n", "$2.3 bln", "4%"),
        ("Summary\n* Cotton exports $1.1 bln in Q2, up 5% y/y\n", "$1.1 bln", "5%"),
        ("Summary\n* Net profit $1.4 bln in 2025, up 9% y/y\n", "$1.4 bln", "9%"),
    ],
)
def test_a_change_after_a_scaled_sum_measures_what_the_sum_measures(
    claims_of: Rows, text: str, sum_: str, change: str
) -> None:
    measured = found(claims_of, text, sum_)["quantity_item"]
    assert found(claims_of, text, change)["quantity_item"] == measured
    assert measured.split()[-1] not in ("bln", "mln", "bn", "mn")
