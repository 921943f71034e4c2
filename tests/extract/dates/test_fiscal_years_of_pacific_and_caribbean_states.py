"""Fiscal years of island states and territories (claims/data/dates.json 'fiscal_years'): on a
page about Palau, Micronesia, the Marshall Islands or Trinidad and Tobago a fiscal year runs
from October, as the United States' does; on a page about Puerto Rico, from July."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans_at_home

PUBLISHED = dt.date(2026, 4, 22)


def dated(text: str) -> list[tuple[str, str, str]]:
    return spans_at_home(text, PUBLISHED)


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


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Puerto Rico's power utility spent $410 million on fuel in fiscal year 2024, the "
            "island's Energy Bureau said.",
            "fiscal year 2024",
            "2023-07-01",
            "2024-06-30",
        ),
        (
            "The Puerto Rican legislature approved a budget for fiscal 2026 that adds "
            "$90 million for school repairs.",
            "fiscal 2026",
            "2025-07-01",
            "2026-06-30",
        ),
        (
            "Tourism spending in Puerto Rico reached $9.1 billion in FY2025, the tourism "
            "company said, up from the year before.",
            "FY2025",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "Puerto Ricans paid $1.2 billion in sales tax during the 2024 fiscal year, "
            "Hacienda figures show.",
            "2024 fiscal year",
            "2023-07-01",
            "2024-06-30",
        ),
    ],
)
def test_puerto_rico_s_fiscal_year_runs_from_july(
    text: str, surface: str, start: str, end: str
) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text))
