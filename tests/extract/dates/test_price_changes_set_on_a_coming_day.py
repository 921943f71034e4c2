"""A price, a fee or a rate that the present tense says changes on a day of a month ('water
tariffs rise on 1 July') changes on the coming one when the past reading lies far back, as
schedule verbs do (dates.json schedule_change_verbs); before a weekday a headline's present
still tells a past day, a past verb keeps the past, and the change word as a noun says nothing."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_20_MAY_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Water tariffs rise on 1 July, the utility said.", ("1 July", "2025-07-01")),
        ("Port dues increase from 1 September under the new scale.", ("1 September", "2025-09-01")),
        ("Household power bills fall on 1 July as the cap is cut.", ("1 July", "2025-07-01")),
        ("Shippers say their fuel surcharges climb on 1 June.", ("1 June", "2025-06-01")),
    ],
)
def test_a_present_change_on_a_day_looks_ahead(text: str, expected: tuple[str, str]) -> None:
    assert spans(text, TUE_20_MAY_2025)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Water tariffs rose on 1 July.", ("1 July", "2024-07-01")),
        ("Stocks fall on Monday as oil slides.", ("Monday", "2025-05-19")),
        ("Exports rise in April on stronger demand.", ("April", "2025-04-01")),
        (
            "Growers face a 2-point rise in the water levy from 1 January.",
            ("1 January", "2025-01-01"),
        ),
        ("Feed cost $9 a sack in March, double what it cost in October.", ("March", "2025-03-01")),
    ],
)
def test_a_past_verb_a_weekday_or_a_recent_month_stays_back(
    text: str, expected: tuple[str, str]
) -> None:
    assert spans(text, TUE_20_MAY_2025)[0][:2] == expected
