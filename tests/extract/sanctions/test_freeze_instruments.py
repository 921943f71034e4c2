"""A court's or an agency's freezing instrument (a preservation, freezing or restraint order, a
freeze directive, a freezing decision, a regulator's restriction notice) is an asset freeze: granting or issuing one imposes it,
extending or renewing it extends it, lifting or revoking it lifts it; once the story has named the
instrument, its bare head ('the orders', 'the directive') is the same instrument. The compound
word is no action of its own: a heading or a mention of the instrument states nothing done."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

ORDERS = "A judge in Windhoek granted preservation orders over the accounts of three brokers. "
DIRECTIVE = "The agency issued a freeze directive over nine accounts of a shipping firm. "


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The High Court extended the preservation orders over 12 properties of two dealers.",
            "extended",
        ),
        (
            "A judge in Lagos granted a freezing order against the former governor's assets.",
            "imposed",
        ),
        ("The court lifted the restraint order on the couple's three houses on Friday.", "lifted"),
        (
            "The bureau renewed freezing decisions concerning nine people for six months.",
            "extended",
        ),
        (
            "On Monday the regulator revoked the freeze directive over the trust's accounts.",
            "lifted",
        ),
    ],
)
def test_instrument_actions_are_sanctions(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The commission has issued restriction notices on 40 trading accounts.", "imposed"),
        ("The regulator lifted restriction notices on six accounts after repayment.", "lifted"),
        ("The regulator extended restriction notices on 19 accounts for six months.", "extended"),
        ("The watchdog will issue restriction notices on three brokers next week.", "planned"),
    ],
)
def test_restriction_notices_are_freezing_instruments(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (ORDERS + "On Tuesday the court lifted the orders on two of the accounts.", "lifted"),
        (ORDERS + "The same judge later extended the orders for a further six months.", "extended"),
        (DIRECTIVE + "In May the agency's director extended the directive for a year.", "extended"),
        (DIRECTIVE + "The regulator has since revoked the directive over four accounts.", "lifted"),
    ],
)
def test_bare_head_after_the_instrument_is_the_same_instrument(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows[-1]["sanction_status"] == status, rows
    assert len(rows) == 2, rows


@pytest.mark.parametrize(
    "text",
    [
        "The freeze directive",
        "This is the agency's 14th freezing decision this year.",
        "The claim seeks judicial review of a freeze directive.",
        "The court order was published on Monday.",
        "The judge made the decision on Friday after a long hearing.",
        "The minister granted the request for a new hearing.",
    ],
)
def test_instrument_mentions_state_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
