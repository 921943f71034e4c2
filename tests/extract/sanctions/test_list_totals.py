"""Cumulative totals of a sanctions list ('the annex now contains 30 individuals and 8
entities', 'brings its blacklist to 90 firms'): the counts are the claim's targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "Canada on Friday sanctioned five officials over the crackdown. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With these additions, the Belarus annex contains 35 individuals and 6 entities.",
            {"person": 35, "organization": 6},
        ),
        (
            "Officials said the move brings its Myanmar-related blacklist to 88 firms and"
            " 41 people.",
            {"organization": 88, "person": 41},
        ),
        (
            "Since 2014 the country's sanctions lists have grown to more than 3,000"
            " individuals and some 900 entities.",
            {"person": 3000, "organization": 900},
        ),
        (
            "After the latest round, the list covers twelve individuals; no entities are"
            " designated.",
            {"person": 12},
        ),
        # a package noun moves the total: no sanction word of its own in the sentence
        (
            "The newest round takes the tally under the regulations to 21 people and four"
            " companies.",
            {"person": 21, "organization": 4},
        ),
        ("Today's package brings the total to 60 individuals.", {"person": 60}),
        (
            "These measures have raised the number to 44 officials and nine firms.",
            {"person": 44, "organization": 9},
        ),
        ("The second round will bring the total to 15 entities.", {"organization": 15}),
    ],
)
def test_a_list_total_counts_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Canada"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The latest round brings the total of matches played to 17.",
        "The third round took the number of teams left to eight.",
    ],
)
def test_a_round_moving_a_total_of_no_targets_is_no_claim(claims_of: Rows, text: str) -> None:
    assert len(carried(claims_of, LEAD + text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan proscribed the militia on Monday. With the addition, the agency's list"
            " now counts 82 proscribed organisations.",
            {"organization": 82},
        ),
        (
            "Canada sanctioned four more officials on Friday. Ottawa's list now counts 470"
            " individuals.",
            {"person": 470},
        ),
        (
            "Japan froze the assets of two militias this week. Its blacklist now counts 61 groups.",
            {"organization": 61},
        ),
        (
            "Britain designated three more smugglers on Tuesday. The register counted 212"
            " people by the end of the day.",
            {"person": 212},
        ),
    ],
)
def test_a_list_that_counts_its_entries_states_a_total(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[-1]) == expected


def test_a_list_counting_without_a_sanction_before_is_no_claim(claims_of: Rows) -> None:
    text = "The library reopened in May. Its list now counts 300 members."
    assert claims_of(text, "sanction") == []
