"""A target word inside another target's description ('managers of two steel plants', 'a
colonel who commands the border troops') tells what the target is, not whom the action hits."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Those designated include directors of three shipping companies and owners of a "
            "Hong Kong bank.",
            {"person": None},
        ),
        (
            "The designations included the chief executives of two state banks and the heads "
            "of a drone factory.",
            {"person": None},
        ),
        (
            "The list includes a Russian colonel who commands the border troops and three "
            "officials of the Defence Ministry.",
            {"person": 4},
        ),
        (
            "Among those sanctioned were the owners of four tankers that carried Iranian oil.",
            {"organization": None},  # shipowners are businesses, as gold reads them
        ),
        (
            "Those sanctioned include managers of three arms plants in Belarus and the chief "
            "accountant of a Minsk bank that pays the plants.",
            {"person": 1},  # the managers uncounted, and the accountant (a person word)
        ),
    ],
)
def test_a_target_word_in_a_description_is_not_a_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU will sanction 12 tankers next week, three diplomats said.",
        "Two ambassadors said the bloc would blacklist four banks.",
        "According to five senators, Washington has designated nine firms.",
    ],
)
def test_the_sources_of_a_report_are_not_its_targets(claims_of: Rows, text: str) -> None:
    quantities = claims_of(text, "quantity")
    assert [q["quantity_value"] for q in quantities if q["quantity_value"] < 6]
