"""After an action on a counted group, a copular sentence that tells what part of the group is
restates that many of its targets: a part of a bare count ('Two of the three are ...'), the bare
count with a determiner ('The six are X, Y and Z'), an ordinal ('The third is NAME'), the rest
('The other seven are hotels and a bakery'). What they are may be target words, names, or a
list where only a later item is a target word. A sentence the parser cut after a rank title
('... and Brig.') does not stand between the action and the restatement."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "The Security Council on Friday added three militia commanders to its sanctions list. "
GROUPS = "The ministry on Monday designated six armed groups as terrorist organisations. "
FIRMS = "The United States on Tuesday added nine Cuban entities to its restricted list. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "Two of the three are field commanders, Omar Sadiq and Idris Bello.",
            {"person": 2},
        ),
        (LEAD + "One of the three is a colonel who led the assault on the camp.", {"person": 1}),
        (LEAD + "The third is Yusuf Haroun, a commander of a rebel brigade.", {"person": 1}),
        (
            GROUPS
            + "The six are the Eastern Liberation Army, the Hill Front and four smaller groups.",
            {"organization": 6},
        ),
        (
            FIRMS + "The other seven are hotels and a car-hire firm, the department said.",
            {"organization": 7},
        ),
        (
            LEAD + "Two of the three are Maj. Gen. Omar Sadiq and Brig. Idris Bello, both of the "
            "northern command. The third is Yusuf Haroun, a militia financier.",
            {"person": 1},
        ),
    ],
)
def test_counted_part_restates_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) >= 2, rows
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders met in Geneva. The two are old friends from university.",
        "Three of the five runners finished. The third is Lisbon, where the race ends.",
    ],
)
def test_counted_parts_without_an_action_before(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
