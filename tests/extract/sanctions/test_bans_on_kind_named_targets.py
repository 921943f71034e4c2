"""'lifted its ban on the trawler Sama 3': a measure noun that needs context falls on a target
when what it falls on is a name with its kind word before it (the parser may hang the kind word
on the name as a modifier); a reefer is a vessel."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The Gambia blacklisted nine trawlers in May. "


def test_a_named_reefer_is_a_vessel(claims_of: Rows) -> None:
    rows = claims_of(LEAD + "The reefer Cape Teno was blacklisted too.", "sanction")
    assert rows[-1]["sanction_targets"][0]["kind"] == "vessel", rows


BANS = [
    (
        "The Ministry has lifted its ban on the trawler Sama 3 once the fine was paid.",
        "lifted",
    ),
    ("The ministry lifted its ban on the reefer Blue Kora once the case was settled.", "lifted"),
    ("The Ministry will lift its ban on the longliner Mar Azul next week.", "lifted"),
    ("The Ministry extended its ban on the seiner Kankan 7 by another year.", "extended"),
]


@pytest.mark.parametrize(("text", "status"), BANS)
def test_a_ban_on_a_kind_named_target_is_a_sanction(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", status], rows
    assert rows[1]["sanction_targets"][0]["kind"] == "vessel"
