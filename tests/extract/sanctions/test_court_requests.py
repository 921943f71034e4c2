"""Asking a court for a freeze order ('will ask the High Court for preservation orders', 'sought
freeze orders against three men') plans the order: a planned sanction whose targets are the
order's own, not the court asked. Asking for other orders, or for other things, is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before the notice lapses, the centre intends to ask the High Court for"
            " preservation orders under the Act.",
            {},
        ),
        ("The agency said it would seek preservation orders against the three men.", {"person": 3}),
        (
            "The unit asked the High Court on Monday for restraint orders over four properties.",
            {"other": 4},
        ),
        ("Prosecutors are seeking freeze orders against two companies.", {"organization": 2}),
    ],
)
def test_asking_a_court_for_a_freeze_order_plans_it(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "planned"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company asked the court for an order to stop the strike.",
        "She asked the bank for a loan to buy a house.",
        "Police sought search orders for three homes.",
        "The union will ask the judge for an injunction against the airline.",
    ],
)
def test_asking_for_other_orders_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
