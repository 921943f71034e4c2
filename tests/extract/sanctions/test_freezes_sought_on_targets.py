"""Seeking or asking for a freeze on a target group ('plans to seek a freeze on five more
exporters', 'sought freezes against four men') plans an asset freeze, as asking for a freezing
order does; a freeze sought on nothing that counts as a target is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "Malta froze the assets of ten people on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chief prosecutor plans to seek a freeze on five more exporters after the summer.",
            {"organization": 5},
        ),
        ("Prosecutors have sought a freeze against four men.", {"person": 4}),
        ("The police will ask the court for a freeze on three more firms.", {"organization": 3}),
        ("The unit is seeking a freeze on six people linked to the ring.", {"person": 6}),
    ],
)
def test_a_freeze_sought_on_targets_is_planned(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"
    assert counts(rows[1]) == expected


def test_a_freeze_sought_on_other_things_is_no_sanction(claims_of: Rows) -> None:
    rows = claims_of(LEAD + "The union will seek a freeze on rents next year.", "sanction")
    assert len(rows) == 1, rows
