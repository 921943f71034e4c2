"""'net' or 'gross' after a sum ('EUR 1,900 net a month') only qualifies it: it is never the
item, which is what the clause says the sum is (data: quantity_words not_items)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The minimum wage rose to 22,104 lira net a month in January.", "22,104", "minimum wage"),
        (
            "The minimum wage, raised by 30% to TRY 17,002 net a month, takes effect in July.",
            "17,002",
            "minimum wage",
        ),
        ("The average pension climbed to EUR 1,240 gross a month last year.", "1,240", "pension"),
        ("The starting salary for nurses reached EUR 2,300 gross a month.", "2,300", "salary"),
    ],
)
def test_net_or_gross_after_a_sum_is_not_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    got = found(claims_of, text, anchor)["quantity_item"]
    assert got.split()[-1] == item.split()[-1]
