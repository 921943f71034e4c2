"""An item of a news digest that an upper-case place label opens ('ROME | ...') and whose
subject names no state (a committee described by what it implements, a bare national unit)
acts for the state the label's place is or seats, not for the item before it; a relative clause
that describes the subject names no actor ('the committee that implements Security Council
resolutions' is no UN body)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

BEFORE = "▸ LIMA | Peru's financial intelligence unit froze nine accounts of a gold trader.\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "▸ KUWAIT | The committee that implements Security Council resolutions added three "
            "men to the national terror list.",
            "Kuwait",
        ),
        (
            "▸ OSLO | The unit that reports to the UN Security Council panel froze two accounts "
            "held by the broker.",
            "Norway",
        ),
        (
            "• DOHA | The national counter-terrorism committee added four people to its list.",
            "Qatar",
        ),
        (
            "▸ AMMAN | The unit, which applies Security Council resolutions, has frozen the "
            "assets of six men.",
            "Jordan",
        ),
    ],
)
def test_a_digest_item_acts_for_its_place_label(claims_of: Rows, item: str, expected: str) -> None:
    rows = story(claims_of, BEFORE + item)
    assert len(rows) == 2, rows
    assert rows[0]["sanction_authorities"] == ["Peru"]
    assert rows[1]["sanction_authorities"] == [expected], rows
