"""Blocking money held ('Eleven more accounts were blocked', 'blocked 40 accounts') after a
sentence that tells a sanction or a freeze is a freeze of its own, in any voice; blocking accounts
online, or roads, in a story of no freeze is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The unit has frozen the funds of eight people and five companies."
        " Eleven more accounts were blocked in Latvia.",
        "The prosecutor froze the assets of three firms."
        " Funds worth $2 million were also blocked at a bank in Riga.",
        "Britain sanctioned two oligarchs on Friday. Authorities then blocked 40 accounts in London.",
        "Police froze the property of a smuggling ring."
        " Six bank accounts of the ring's leader have been blocked as well.",
    ],
)
def test_blocking_holdings_after_a_freeze_is_a_freeze(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "Hackers took over the site. The platform blocked 300 accounts after the attack.",
        "The storm closed the port. Roads were blocked by snow for two days.",
        "The bank blocked 12 accounts after a phishing attack on its customers.",
        "Twitter said it had blocked thousands of accounts spreading false claims.",
    ],
)
def test_blocking_without_a_freeze_told_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
