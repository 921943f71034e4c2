"""A label line's year value with a bracketed note that ends in a year of its own ('Launched:
1998 (in service 2001)'): both years are dates, each with its own surface."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Commissioned: 1963 (decommissioned 2004)\n",
            [("1963", "1963-01-01", "1963-12-31"), ("2004", "2004-01-01", "2004-12-31")],
        ),
        (
            "Built: 1931 (restored 1988)\n",
            [("1931", "1931-01-01", "1931-12-31"), ("1988", "1988-01-01", "1988-12-31")],
        ),
        (
            "Licence granted: 2009 (renewed in full 2019)\n",
            [("2009", "2009-01-01", "2009-12-31"), ("2019", "2019-01-01", "2019-12-31")],
        ),
        (
            "First flight: 1952 (type retired 1981)\n",
            [("1952", "1952-01-01", "1952-12-31"), ("1981", "1981-01-01", "1981-12-31")],
        ),
    ],
)
def test_both_years_of_the_label_are_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert surface_spans(text, THU_14_AUG_2025) == expected


def test_a_bracketed_note_with_no_year_keeps_one_date() -> None:
    text = "Built: 1931 (Scotland)\n"
    assert surface_spans(text, THU_14_AUG_2025) == [("1931", "1931-01-01", "1931-12-31")]
