"""A lifting or extension that names no target group but a measure told before ('the lender revoked
that ban', 'the judge prolonged that freeze for a year', 'the previous debarment was revoked') falls on
the targets of that measure: the nearest earlier claim of the story that states it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The World Bank debarred two Quito builders in 2021. "
            "The lender revoked that debarment early last year.",
            {"organization": 2},
        ),
        (
            "A Nairobi court froze assets belonging to four officials in March. "
            "On Friday the judge prolonged that freeze for a further half year.",
            {"person": 4},
        ),
        (
            "The World Bank barred a Manila contractor for three years in 2019. "
            "That ban was lifted in 2021 after an appeal.",
            {"organization": 1},
        ),
        (
            "Latvian prosecutors froze the deposits of three officials in May. "
            "The freezes were prolonged in June, the office said.",
            {"person": 3},
        ),
    ],
)
def test_told_measure_takes_the_targets_told(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = story(claims_of, text)
    assert len(rows) == 2, rows
    assert counts(rows[-1]) == expected


def test_a_new_ban_is_no_told_one(claims_of: Rows) -> None:
    text = (
        "Ottawa imposed entry bans on nine officials in 2022. "
        "It renewed an arms export ban for the region last week."
    )
    rows = story(claims_of, text)
    assert all(counts(r) != {"person": 9} for r in rows[1:]), rows
