"""A noun of asking for a measure as the passive subject of a verb of filing that looks ahead,
with a target group in its own phrase ('fresh applications against four more firms will be
lodged'), right after a sentence that states a freeze, plans more of the same freezes: a planned
claim on that group. Without a freeze before, or without a group, it is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unit froze the accounts of three firms on Monday. New requests against at"
            " least eight more people will be filed next week.",
            {"person": 8},
        ),
        (
            "Judges ordered a freeze on the assets of two ministers. Applications in respect"
            " of four more officials will be lodged in the coming days.",
            {"person": 4},
        ),
        (
            "Prosecutors obtained a freezing order over the firm's funds. A further application"
            " against three more companies will be submitted by the end of the month.",
            {"organization": 3},
        ),
        (
            "The agency froze the funds of 12 traders this week. Fresh requests against another"
            " seven people would be lodged shortly, officials said.",
            {"person": 7},
        ),
    ],
)
def test_requests_to_be_filed_after_a_freeze_plan_more(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company lost the case. New applications against two more rivals will be filed.",
        "The unit froze three accounts. New requests against the ruling will be filed soon.",
        "The court froze two accounts. Applications from five more students were filed.",
    ],
)
def test_other_requests_are_none(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert all(r["sanction_status"] != "planned" for r in rows), rows
