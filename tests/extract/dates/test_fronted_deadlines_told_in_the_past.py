"""'By Friday, crews had cleared the road': a deadline word opening a sentence told in the past
dates what was done by then, the day behind publication; a sentence that looks ahead ('By
Friday the army must withdraw', 'will have issued') keeps the day ahead."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_20_MAY_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("By Friday, rescuers had pulled 40 people from the rubble.", "2025-05-16"),
        ("By Sunday evening the river had risen above the levee.", "2025-05-18"),
        ("By Monday, 212 climbers reached the summit from the south side.", "2025-05-19"),
        ("By Thursday the strikers had returned to work, the union said.", "2025-05-15"),
    ],
)
def test_a_fronted_by_day_told_in_the_past_looks_back(text: str, day: str) -> None:
    [(_surface, start, end)] = surface_spans(text, TUE_20_MAY_2025)
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("By Friday, the ministry will have issued 400 permits.", "2025-05-23"),
        ("By Friday the army must withdraw from the town.", "2025-05-23"),
    ],
)
def test_a_fronted_by_day_that_looks_ahead_stays_ahead(text: str, day: str) -> None:
    [(_surface, start, end)] = surface_spans(text, TUE_20_MAY_2025)
    assert (start, end) == (day, day)
