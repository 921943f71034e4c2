"""A lifting or extension that names no target group but a measure told before ('the bank lifted
that ban', 'the judge extended the freeze by a year', 'an earlier debarment was lifted') falls on
the targets of that measure: the nearest earlier claim of the story that states it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Inter-American Development Bank debarred two Quito builders in 2021. "
            "The bank lifted that debarment early last year.",
            {"organization": 2},
        ),
        (
            "A court in Nairobi froze the assets of four officials in March. "
            "On Friday the judge extended the freeze by another six months.",
            {"person": 4},
        ),
        (
            "The World Bank barred a Manila contractor for three years in 2019. "
            "That ban was lifted in 2021 after an appeal.",
            {"organization": 1},
        ),
        (
            "Latvian prosecutors froze the accounts of three officials in May. "
            "The freezes were renewed in June, the office said.",
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
        "Ottawa imposed a travel ban on nine officials in 2022. "
        "It renewed a ban on arms exports to the region last week."
    )
    rows = story(claims_of, text)
    assert all(counts(r) != {"person": 9} for r in rows[1:]), rows
