"""A state that aligns with another's extension or round, named by its month or weekday or as the
previous one, takes over measures told before; so does one that will follow the authority that
acted, named as the object."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The EU put sanctions on five colonels on Friday. "


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (LEAD + "Serbia and Moldova aligned with the June extension.", ["Moldova", "Serbia"]),
        (LEAD + "Montenegro and Albania aligned on Monday with the earlier round.", None),
        (LEAD + "Georgia has aligned with Brussels' renewal of that regime.", ["Georgia"]),
        (LEAD + "Ottawa will follow Brussels next week.", ["Canada"]),
        (LEAD + "Iceland will follow Brussels within days, officials said.", ["Iceland"]),
    ],
)
def test_an_alignment_with_a_told_round(
    claims_of: Rows, text: str, authorities: list[str] | None
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    if authorities is not None:
        assert sorted(rows[1]["sanction_authorities"]) == sorted(authorities)


def test_a_habit_of_its_own_is_no_alignment(claims_of: Rows) -> None:
    rows = claims_of(LEAD + "Norway will follow its own trade decisions.", "sanction")
    assert len(rows) == 1, rows
