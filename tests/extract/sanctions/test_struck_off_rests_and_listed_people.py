"""'struck three others off', 'struck off a notary whom the ministry had listed': a verb of
leaving a list with its particle takes off the list a counted rest of the group told, or someone
a listing clause describes, after a sanction sentence or coordinated with a listing verb;
striking off with no list told is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The commission added four trawlers to its blacklist on Friday and struck three others off.",
        "Oslo froze the funds of nine men in June. It later struck off a notary whom the"
        " ministry had listed by mistake.",
        "The council designated 12 firms on Tuesday. It also struck four others off after appeals.",
        "The regional body put five reefers on its list on Monday. It struck off a broker that"
        " it listed in 2022.",
    ],
)
def test_struck_off_after_a_listing_is_lifted(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"


@pytest.mark.parametrize(
    "text",
    [
        "The medical council struck off two others after the hearing.",
        "The editors met on Monday. They struck off a writer who had been named in the credits.",
    ],
)
def test_struck_off_with_no_list_told_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
