"""Round 20 sanction families: a target taken off a list, ..."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a listing verb whose 'off' phrase names a sanctions list lifts the listing
        ("Under the same ruling the council took two Malian generals off its list.", {"person": 2}),
        ("Two Peruvian bankers were taken off the Canadian sanctions list on Friday.", {"person": 2}),
        ("Ottawa will take the shipping firm Halcyon Lines off its blacklist.", {"organization": 1}),
        ("The EU has taken three Belarusian judges off the sanctions list.", {"person": 3}),
    ],
)
def test_taken_off_a_list_is_a_lifting(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, "Canada and the EU sanctioned Malian officers in 2023. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert counts(rows[1]) == expected


def test_taken_off_a_road_is_no_lifting(claims_of: Rows) -> None:
    assert not claims_of("He took a taxi off the main road and the list of guests grew.", "sanction")
