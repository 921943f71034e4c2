"""A running total counted in a relative clause of who lists ('lifts to 58 the count of traders
that Washington has blacklisted') is that lister's, not the authority of the claim before."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried

LEAD = "Peru froze 27 bank accounts held by the brothers on Monday. "


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The latest round lifts to 58 the count of traders and shippers that OFAC has "
            "blacklisted for timber smuggling since 2021.",
            ["United States"],
        ),
        (
            "Friday's decision takes to 75 the number of officials and firms that the EU has "
            "sanctioned under the cyber regime.",
            ["European Union"],
        ),
        (
            "It raises to 90 the number of people whom Canada has sanctioned over the coup.",
            ["Canada"],
        ),
        (
            "The move brings to 30 the number of firms that Japan has designated this year.",
            ["Japan"],
        ),
    ],
)
def test_a_total_of_whom_a_lister_listed_is_the_listers(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert rows[-1]["sanction_authorities"] == authority, rows
