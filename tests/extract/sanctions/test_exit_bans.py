"""An exit ban: an authority bars people from leaving a state ('barred 40 people from leaving the
country') states a sanction on persons in any tense or voice, as a bar from entering one does; kept
in a stadium or a building, it is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's immigration service barred 40 people from leaving Kenya on Friday.", 40),
        ("A Chilean judge will bar the two brothers from leaving Chile.", 2),
        ("Nine executives were barred from leaving Ghana by a Ghanaian court last week.", 9),
        ("Peru's prosecutors have barred Luis Andrade from leaving the country.", 1),
    ],
)
def test_people_barred_from_leaving_a_state(claims_of: Rows, text: str, expected: int) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == {"person": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Fans were barred from leaving the stadium until midnight.",
        "Police barred reporters from leaving the building during the search.",
    ],
)
def test_kept_inside_a_building_is_no_exit_ban(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
