"""A verb of removal coordinated after a verb of listing, with a bare number as its object
('added nine people to its list and removed three', a heading's 'Adds 12 To List, Drops Three'),
takes that many off the same list: a lifting of its own beside the listing; with no sanction
word in the sentence it is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania adds 12 to terrorism list, drops three",
        "Japan added nine people to its sanctions list and removed three.",
        "Canada sanctioned 11 people and dropped two from its list on Friday.",
        "Britain adds six to Russia sanctions list, removes one",
    ],
)
def test_bare_count_removed_beside_a_listing(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", "lifted"], rows
    assert rows[1]["sanction_targets"][0]["count"] in (1, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The club added three players and dropped two.",
        "The shop added four flavours to its menu and removed two.",
    ],
)
def test_without_a_list_of_sanctions_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
