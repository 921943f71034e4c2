"""A counted whole a freeze holds, followed by the parts it includes ('19 properties, including a
mansion and a flat'), is one target group of the whole's count: the parts are no further items of
a list of holdings (listed_holdings_whole `stops`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Britain froze 19 properties, including a mansion in Kent and a flat in Leeds, on Monday.",
            19,
        ),
        ("A court in Lagos has frozen 12 flats, including a penthouse and two beach houses.", 12),
        ("Peru will freeze eight properties, such as a ranch in Piura and three shops in Lima.", 8),
        (
            "The court in Quito ordered a freeze on nine properties, including a hotel and two"
            " warehouses.",
            9,
        ),
    ],
)
def test_the_parts_of_a_counted_whole_are_not_counted_again(
    claims_of: Rows, text: str, whole: int
) -> None:
    assert counts(only(claims_of, text)) == {"other": whole}


def test_a_list_of_holdings_still_counts_each_item(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "A judge in Accra froze six flats, a villa and 14 bank accounts belonging to the mayor.",
    )
    assert counts(row) == {"other": 21}
