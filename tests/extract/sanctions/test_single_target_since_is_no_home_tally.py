"""A claim on one target that says since when it has stood ('the firm had been suspended since
March') is no running total of the story's home state: it keeps the nearest earlier actor, not
the home state that acted first."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sri Lanka's procurement commission blacklisted Lanka Roadworks on Monday. "
            "The Asian Development Bank has debarred Lanka Roadworks for six years. "
            "The debarment also covers its two directors. "
            "The firm has stayed suspended since April, when the lender's reviewers "
            "queried its bills.",
            ["Asian Development Bank"],
        ),
        (
            "Kenya's roads agency barred Mbao Works from tenders on Friday. "
            "The World Bank has debarred Mbao Works for four years. "
            "The builder has been suspended since January, when its auditors found forged bids.",
            ["World Bank"],
        ),
        (
            "Peru's procurement office blacklisted Andes Vial last week. "
            "The Inter-American Development Bank debarred Andes Vial for three years. "
            "The ban also covers its director. "
            "The firm had been provisionally suspended since 2023.",
            ["Inter-American Development Bank"],
        ),
        (
            "Ghana's public procurement authority barred Volta Build from state contracts. "
            "The African Development Bank has debarred Volta Build for five years. "
            "The contractor had been suspended since May, when the lender opened its probe.",
            ["African Development Bank"],
        ),
    ],
)
def test_one_target_since_keeps_the_nearest_actor(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = story(claims_of, text)
    assert rows and rows[-1]["sanction_authorities"] == expected, [
        (r["sanction_authorities"], r.get("subject")) for r in rows
    ]
