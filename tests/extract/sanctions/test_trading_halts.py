"""An exchange that suspends or halts trading in a company's shares or bonds imposes a measure on
the company; a halt of the whole market for the day, with nothing traded named, is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    "text",
    [
        "The Nairobi bourse suspended trading in a tea grower's stock on Monday.",
        "The Lusaka bourse has halted trading in two property developers' notes.",
        "Trading in the insurer's shares was suspended on Friday.",
        "Colombo bourse suspends trading in three plantation stocks",
    ],
)
def test_a_halt_of_trading_in_securities(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "The Lima bourse halted trading for an hour after a power cut.",
        "The club suspended trading of players until June.",
    ],
)
def test_a_market_wide_halt_is_none(claims_of: Rows, text: str) -> None:
    assert not claims_of(text, "sanction")
