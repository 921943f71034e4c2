"""A part of a group the story counted before, told by numbers alone ('two of the three', 'one
of the pair'): as many targets as the part's number, of the kind of the group the whole's
number counts back to."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada sanctioned three shipping executives on Monday. "
            "Washington had designated two of the three in 2023.",
            {"person": 2},
        ),
        (
            "The EU listed five army officers in March. It delisted one of the five in June.",
            {"person": 1},
        ),
        (
            "Norway imposed sanctions on six firms last week. "
            "Four of the six were delisted by Oslo on Friday.",
            {"organization": 4},
        ),
        (
            "Britain sanctioned two tankers on Tuesday. "
            "Australia will also blacklist one of the two, officials said.",
            {"vessel": 1},
        ),
    ],
)
def test_a_numbered_part_of_a_counted_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[-1]) == expected
