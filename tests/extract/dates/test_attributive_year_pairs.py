"""Two attributive years joined before their noun ('the 2019 and 2020 accounts') date one span
over both years, as 'in 2019 and 2020' does, and the second year is no count of the noun."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Auditors refused to sign the 2019 and 2020 accounts.",
            "2019 and 2020",
            "2019-01-01",
            "2020-12-31",
        ),
        (
            "The board restated its 2021 and 2022 results.",
            "2021 and 2022",
            "2021-01-01",
            "2022-12-31",
        ),
        (
            "Growers compared the 2017 or 2018 harvests with this one.",
            "2017 or 2018",
            "2017-01-01",
            "2018-12-31",
        ),
        ("Their 2023 and 2024 budgets were both cut.", "2023 and 2024", "2023-01-01", "2024-12-31"),
    ],
)
def test_two_attributive_years_are_one_span(text: str, surface: str, start: str, end: str) -> None:
    found = [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, PUBLISHED)
    ]
    assert found == [(surface, start, end)]
