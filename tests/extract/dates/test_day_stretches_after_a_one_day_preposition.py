"""'on 9 to 11 September 2025': a preposition of one day before two days a 'to' joins dates the
whole stretch (dates.json 'day_span_prepositions'), as 'from 9 to 11 September' does; a
number range that is no day stays out."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

TUE_02_JUN_2026 = dt.date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal sat on 9 to 11 September 2025 to hear the appeal.",
            ("on 9 to 11 September 2025", "2025-09-09", "2025-09-11"),
        ),
        (
            "Delegates met over 2 to 4 March and agreed a draft text.",
            ("over 2 to 4 March", "2026-03-02", "2026-03-04"),
        ),
        (
            "The festival will be held on 24 until 26 July in the old town.",
            ("on 24 until 26 July", "2026-07-24", "2026-07-26"),
        ),
        (
            "Inspections took place on 12 through 14 May, the regulator said.",
            ("on 12 through 14 May", "2026-05-12", "2026-05-14"),
        ),
    ],
)
def test_a_one_day_preposition_opens_a_stretch_of_days(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in surface_spans(text, TUE_02_JUN_2026)


def test_a_range_of_figures_is_no_stretch_of_days() -> None:
    text = "Yields rose 9 to 11 per cent in May."
    assert surface_spans(text, TUE_02_JUN_2026) == [("in May", "2026-05-01", "2026-05-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gales of 4 to 6 March closed the harbour twice.",
            ("4 to 6 March", "2026-03-04", "2026-03-06"),
        ),
        (
            "The trade fair, held 18 to 20 April, drew fewer buyers than hoped.",
            ("18 to 20 April", "2026-04-18", "2026-04-20"),
        ),
        (
            "Road works will run 7 until 9 May 2026 on the coast road.",
            ("7 until 9 May 2026", "2026-05-07", "2026-05-09"),
        ),
        (
            "Heavy snow between flights fell 21 through 23 January.",
            ("21 through 23 January", "2026-01-21", "2026-01-23"),
        ),
    ],
)
def test_two_days_joined_by_to_before_a_month_are_a_stretch_with_no_preposition(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert surface_spans(text, TUE_02_JUN_2026) == [expected]


def test_the_end_of_a_range_of_figures_opens_no_stretch() -> None:
    text = "The order covers lots 2 to 7 until 19 June 2026."
    assert surface_spans(text, TUE_02_JUN_2026) == [
        ("until 19 June 2026", "2026-06-19", "2026-06-19")
    ]
