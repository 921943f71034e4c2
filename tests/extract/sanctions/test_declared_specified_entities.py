"""'declared two men specified entities': the anti-terror listing some states make by declaring a
person or group a specified entity is an outlawing declaration like 'declared a terrorist group'."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Malaysia has declared three companies specified entities.", "Malaysia"),
        ("Singapore on Friday declared the charity a specified entity.", "Singapore"),
        (
            "Malaysia declared two local men specified entities on Monday over fund-raising.",
            "Malaysia",
        ),
        ("The home ministry of Malaysia will declare the network a specified entity.", "Malaysia"),
    ],
)
def test_declaring_a_specified_entity_is_a_listing(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1
    assert rows[0]["sanction_authorities"] == [authority]


def test_a_specified_date_is_no_listing(claims_of: Rows) -> None:
    text = "The contract declared the payment due on a specified date."
    assert claims_of(text, "sanction") == []
