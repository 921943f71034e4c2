"""A running total counted in a relative clause of who lists ('brings to 41 the number of
people that OFAC has designated') is that lister's, not the authority of the claim before."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried

LEAD = "Peru froze 27 bank accounts held by the brothers on Monday. "


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Tuesday's action brings to 41 the number of people and companies that OFAC has "
            "designated over illegal mining since 2023.",
            ["United States"],
        ),
        (
            "The listing takes to 112 the number of individuals and entities that the EU has "
            "sanctioned under the regime.",
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
