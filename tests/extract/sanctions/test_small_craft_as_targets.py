"""Small boats and light aircraft frozen or listed are craft targets of their own kind:
catamarans, pirogues, houseboats, speedboats and fishing longliners are vessels; seaplanes
and turboprops are aircraft."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Fijian court on Monday froze two catamarans and a seaplane used in the scheme.",
            {"vessel": 2, "aircraft": 1},
        ),
        (
            "Senegal's financial intelligence unit has frozen four pirogues used to ferry"
            " migrants.",
            {"vessel": 4},
        ),
        (
            "Zambia's Drug Enforcement Commission seized and froze three speedboats and two"
            " turboprops last week.",
            {"vessel": 3, "aircraft": 2},
        ),
        (
            "Indonesia blacklisted six longliners caught fishing illegally in its waters.",
            {"vessel": 6},
        ),
    ],
)
def test_small_craft_counted_by_kind(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected
