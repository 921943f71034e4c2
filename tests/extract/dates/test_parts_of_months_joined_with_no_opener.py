"""Two parts of months joined by 'to', 'until' or 'through' with no 'from' before the first
('figures for early May to mid-August'): one stretch, from the first part's first day to the
second's last (dates.json 'unopened_stretch_kinds'); a moved date stays two."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The survey covers early April to late June and was published on Monday.",
            ("early April to late June", "2025-04-01", "2025-06-30"),
        ),
        (
            "Exports for mid-March to mid-May fell by a tenth.",
            ("for mid-March to mid-May", "2025-03-11", "2025-05-20"),
        ),
        (
            "Heavy rain fell late July until early September in the hills.",
            ("late July until early September", "2025-07-21", "2025-09-10"),
        ),
    ],
)
def test_two_parts_of_months_joined_by_to_are_one_stretch(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in surface_spans(text, THU_06_NOV_2025)


def test_a_moved_date_stays_two_dates() -> None:
    text = "The board moved the vote from mid-May to late June."
    found = surface_spans(text, THU_06_NOV_2025)
    assert ("late June", "2025-06-21", "2025-06-30") in found
    assert len(found) == 2
