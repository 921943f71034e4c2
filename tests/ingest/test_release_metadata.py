"""A statistics office's release line: the spaced dotted day ("Release date: 3. 2. 2025") is the
page's publication date; the next release it announces on the same line never is."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import find_date, publication_date
from claims.ingest.segment import segment_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Flash estimate | Code: q-2025-14 | Release date: 7. 11. 2025 | Next release: 8. 12. 2025",
            dt.date(2025, 11, 7),
        ),
        ("Next release: 2. 6. 2025 | Released: 30. 4. 2025", dt.date(2025, 4, 30)),
        ("Published 14. 3. 2024 | Upcoming update: 14. 4. 2024", dt.date(2024, 3, 14)),
        (
            "Date of release: 05. 01. 2026 | Next publication date: 05. 02. 2026",
            dt.date(2026, 1, 5),
        ),
    ],
)
def test_release_line_dates_this_release_not_the_next(line: str, expected: dt.date) -> None:
    assert publication_date(line) == expected


def test_spaced_dots_need_the_same_spacing_and_a_real_day() -> None:
    assert find_date("on 7. 11. 2025") is not None
    assert find_date("items 7.  11. 2025") is None  # two spaces: a list, not a date
    assert find_date("31. 2. 2025") is None


def test_release_page_takes_its_release_date_as_published() -> None:
    page = (
        "National Statistics Office\n"
        "Home > Statistics > Prices\n\n"
        "Consumer prices - May 2025\n"
        "Fast information | Release date: 10. 6. 2025 | Next release: 10. 7. 2025\n\n"
        "Consumer prices rose by 2.4% year-on-year in May\n\n"
        "Consumer prices rose by 2.4% year-on-year in May, after 2.1% in April, mainly because"
        " food and energy cost more than a year earlier, the office said.\n"
    )
    assert segment_text(page, dt.date(2026, 1, 1)).byline.published == dt.date(2025, 6, 10)
