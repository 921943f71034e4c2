"""A count of years or months ago followed by 'this week', 'this month' or a day word ('two
years ago this week', 'one year ago today') is one date: that week, month or day of the present
moved back by the count; the trailing words are no date of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

THU_08_MAY_2025 = dt.date(2025, 5, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years ago this week the lagoon burst its banks at the ferry pier.",
            ("Two years ago this week", "2023-05-05", "2023-05-11"),
        ),
        (
            "One year ago today the old viaduct was closed to lorries.",
            ("One year ago today", "2024-05-08", "2024-05-08"),
        ),
        (
            "Exactly a year ago this month, bread prices had doubled in the capital.",
            ("a year ago this month", "2024-05-01", "2024-05-31"),
        ),
        (
            "Three years ago yesterday, the new terminal handled its first flight.",
            ("Three years ago yesterday", "2022-05-07", "2022-05-07"),
        ),
    ],
)
def test_an_anniversary_is_one_date(text: str, expected: tuple[str, str, str]) -> None:
    assert spans(text, THU_08_MAY_2025) == [expected]


def test_a_bare_count_back_stays_the_whole_year() -> None:
    text = "A year ago, the vote planned for this week was unthinkable."
    assert spans(text, THU_08_MAY_2025)[0] == ("A year ago", "2024-01-01", "2024-12-31")
