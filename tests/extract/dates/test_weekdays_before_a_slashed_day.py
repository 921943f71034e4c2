"""A yearless day and month written with a slash after its weekday ('Thu 18/06', 'on Friday
28/11') is one date, the weekday with it, and the weekday names its year: the year in which that
day falls on that weekday, the nearest to publication ('weekday_named_year_kinds'). A fraction
('Sat 3/4 of the seats') is none."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("07:45 | Palma | MV Cala Fina | DELAYED Thu 25/09", "Thu 25/09", "2025-09-25"),
        (
            "The quay was shut on Monday 22/09 while divers checked the piles.",
            "Monday 22/09",
            "2025-09-22",
        ),
        ("Strike notice: no sailings Fri 26/09 after 18:00.", "Fri 26/09", "2025-09-26"),
        (
            "Inspectors last visited the plant on Tuesday 23/09, the firm said.",
            "Tuesday 23/09",
            "2025-09-23",
        ),
    ],
)
def test_a_weekday_before_a_slashed_day_names_its_year(text: str, span: str, day: str) -> None:
    assert (span, day, day) in spans(text, WED_24_SEP_2025)


def test_a_fraction_after_a_weekday_is_no_date() -> None:
    assert spans("Sat 3/4 of the seats were empty.", WED_24_SEP_2025) == []
