"""States whose government runs the United States' fiscal year, October to September
(claims/data/dates.json 'fiscal_years'): a fiscal year on a page about Palau, Micronesia, the
Marshall Islands or Trinidad and Tobago runs from October."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_home, iter_dates

PUBLISHED = dt.date(2026, 4, 22)


def dated(text: str) -> list[tuple[str, str, str]]:
    home = fiscal_home(text)
    return [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, home=home)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Palau's visitor levy raised $5.8 million in FY2025, the finance ministry in "
            "Ngerulmud said as it set out the case for a higher charge.",
            "FY2025",
            "2024-10-01",
            "2025-09-30",
        ),
        (
            "The Marshall Islands will spend $14 million on sea walls in fiscal 2027, "
            "officials in Majuro told donors at a meeting on coastal defences.",
            "fiscal 2027",
            "2026-10-01",
            "2027-09-30",
        ),
        (
            "Micronesia's national government collected $41 million in taxes in fiscal year "
            "2024, the Pohnpei-based revenue office reported to Congress.",
            "fiscal year 2024",
            "2023-10-01",
            "2024-09-30",
        ),
        (
            "Trinidad and Tobago ran a deficit of TT$6.1 billion in FY2025, the finance "
            "minister told Parliament in Port of Spain during the budget debate.",
            "FY2025",
            "2024-10-01",
            "2025-09-30",
        ),
    ],
)
def test_a_compact_state_s_fiscal_year_runs_from_october(
    text: str, surface: str, start: str, end: str
) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text))
