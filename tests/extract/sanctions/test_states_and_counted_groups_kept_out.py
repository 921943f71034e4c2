"""A state outside the alias table as the plain subject of a verb of barring a target group
('Peru barred nine officials'); a counted group of any people kept out of a state ('barred 40
visiting fans from entering Chile'); shares as frozen holdings ('froze the shares of two
firms'), never one share of a whole."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Peru barred nine officials on Monday.", "Peru"),
        ("In May, Ghana banned two police commanders.", "Ghana"),
        ("Bolivia has barred four foreign nationals over the scheme.", "Bolivia"),
        ("Chile barred 40 visiting fans from entering the country.", "Chile"),
        ("Ecuador's migration office barred 14 foreign tourists from entering Ecuador.", "Ecuador"),
        ("A Kenyan court froze the shares of two firms on Friday.", "Kenya"),
        ("Tunisia has frozen the shares of a bakery chain and its owner.", "Tunisia"),
    ],
)
def test_a_state_keeps_out_or_freezes(claims_of: Rows, text: str, authority: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya banned plastic bags in 2017.",
        "The club barred 40 fans from entering the stadium.",
        "Peru froze its share of the regional fund.",
        "The board froze its share of the budget.",
    ],
)
def test_no_target_group_or_a_portion_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
