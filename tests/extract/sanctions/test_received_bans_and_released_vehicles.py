"""A ban received on a disciplinary body's page spans who received it ('Three stewards and a
groundsman received bans'), and a court that releases a vehicle of any sort on a page of freezes lifts the
freeze on it (sanctions.json `releases` `goods`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

BODY = "UEFA's disciplinary body banned six officials on Friday. "
FREEZE = "Japan froze the assets of nine tour operators on Monday. "


@pytest.mark.parametrize(
    ("second", "opening"),
    [
        ("Three stewards and a groundsman received bans of up to 18 months.", "Three stewards"),
        ("The club's two physios were handed bans of a year each.", "The club's two physios"),
        ("Its former treasurer got a life ban.", "Its former treasurer"),
    ],
)
def test_a_received_ban_spans_who_received_it(claims_of: Rows, second: str, opening: str) -> None:
    text = BODY + second
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert text[rows[1]["span_start"] :].startswith(opening), rows


@pytest.mark.parametrize(
    "second",
    [
        "The court released a minibus owned by a driver who was not involved.",
        "A judge released two vans of a caterer.",
        "Prosecutors later released a tractor belonging to a farmer.",
    ],
)
def test_a_released_vehicle_lifts_the_freeze(claims_of: Rows, second: str) -> None:
    rows = claims_of(FREEZE + second, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", "lifted"], rows


def test_a_released_vehicle_with_no_freeze_is_none(claims_of: Rows) -> None:
    rows = claims_of("The dealer released a new minibus for school runs.", "sanction")
    assert rows == [], rows
