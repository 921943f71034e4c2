"""A headline's series of measures joined by a bare comma, a freeze and a ban ('Malta freezes 40
accounts, bars nine traders'), tells two actions: each verb its own claim with its own targets.
Two freezes so joined stay one action, and so does a freeze and a ban joined by 'and' in prose."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Malta freezes 40 bank accounts, bars nine foreign nationals", "other", "person"),
        ("Cyprus bars six officials, freezes accounts of 12 smugglers", "person", "person"),
        ("Latvia froze the assets of three firms, banned two executives", "organization", "person"),
        ("Estonia blocks 30 accounts, bars 11 foreign nationals over fraud", "other", "person"),
    ],
)
def test_a_freeze_and_a_ban_in_a_series_are_two_actions(
    claims_of: Rows, text: str, first: str, second: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert first in counts(rows[0]) and second in counts(rows[1]), rows


def test_two_freezes_in_a_series_stay_one(claims_of: Rows) -> None:
    rows = claims_of("Malta freezes 40 accounts, restrains two villas of the ring", "sanction")
    assert len(rows) == 1, rows


def test_a_freeze_then_an_order_issued_stays_one(claims_of: Rows) -> None:
    text = (
        "In June the Lisbon court froze the broker's accounts in Portugal and, on 3 July,"
        " issued a restraint order for his property abroad."
    )
    assert len(claims_of(text, "sanction")) == 1
