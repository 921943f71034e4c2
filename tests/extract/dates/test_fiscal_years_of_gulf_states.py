"""Fiscal years of Gulf states whose year is not the calendar's (claims/data/dates.json
'fiscal_years'): Kuwait's runs from April to March, its dinar written KD or KWD."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans_at_home

PUBLISHED = dt.date(2026, 2, 10)


def dated(text: str) -> list[tuple[str, str, str]]:
    return spans_at_home(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Kuwait's cabinet approved a draft budget for the fiscal year 2026/2027 with a "
            "projected shortfall, the finance ministry said.",
            "fiscal year 2026/2027",
            "2026-04-01",
            "2027-03-31",
        ),
        (
            "Kuwaiti lawmakers were told that spending on housing grants had doubled since "
            "fiscal 2020/2021 and would keep rising.",
            "fiscal 2020/2021",
            "2020-04-01",
            "2021-03-31",
        ),
        (
            "AUDIT OFFICE OF KUWAIT\nAnnual review\nThe office found KD 40 million in unpaid "
            "fees in the accounts for the Fiscal Year 2024/2025 across nine agencies.",
            "Fiscal Year 2024/2025",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Oil receipts will cover about 85% of outlays in the 2026-27 fiscal year, Kuwait's "
            "finance minister told the National Assembly.",
            "2026-27 fiscal year",
            "2026-04-01",
            "2027-03-31",
        ),
    ],
)
def test_a_kuwaiti_fiscal_year_runs_from_april(
    text: str, surface: str, start: str, end: str
) -> None:
    found = dated(text)
    assert any(s.endswith(surface) or surface in s for s, _, _ in found), found
    assert next((a, b) for s, a, b in found if surface in s or s in surface) == (start, end)
