"""A start or deadline ('from', 'by') that a wish told in the present asks for ('we want the
night bus back from May'): the next such day or month, not the last (dates.json 'wish_verbs',
'wish_prepositions'); the same words told in the past look back."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents want the school bus restored from 3 October, the petition says.",
            ("from 3 October", "2025-10-03", "2025-10-03"),
        ),
        (
            "Growers need the export levy scrapped by November at the latest.",
            ("by November", "2025-11-01", "2025-11-30"),
        ),
        (
            "The nurses' union demands the old shift pattern back from 12 September.",
            ("from 12 September", "2025-09-12", "2025-09-12"),
        ),
        (
            "Swimmers need the lido reopened from June, a club spokeswoman says.",
            ("from June", "2026-06-01", "2026-06-30"),
        ),
        (
            "Shop owners want the market square reopened by December.",
            ("by December", "2025-12-01", "2025-12-31"),
        ),
    ],
)
def test_a_wished_start_or_deadline_is_the_next_such_month(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in surface_spans(text, THU_14_AUG_2025)


def test_a_wish_told_in_the_past_looks_back() -> None:
    text = "Parents wanted the school bus restored in June, the petition said."
    assert ("in June", "2025-06-01", "2025-06-30") in surface_spans(text, THU_14_AUG_2025)
