"""A fiscal year takes the year of the country the text is about, not of one named as a trade
partner or rival after 'to' (claims/data/dates.json 'fiscal_years' 'partner_prepositions'):
'shipped roses to India in the 2024/25 financial year' on a Kenyan page is Kenya's year; a
country after 'according to' still owns it ('partner_not_after')."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_home, iter_dates

PUBLISHED = dt.date(2026, 2, 10)


def dated(text: str, context: str = "") -> list[tuple[str, str, str]]:
    home = fiscal_home(context + text)
    return [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, context, home=home)
    ]


@pytest.mark.parametrize(
    ("text", "context", "surface", "start", "end"),
    [
        (
            "Kenyan flower growers shipped 12,000 tonnes of roses to India in the 2024/25 "
            "financial year, the horticulture directorate said.",
            "",
            "2024/25 financial year",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "Egypt sold more liquefied gas to Japan and Canada in the 2024-25 fiscal year than "
            "in any year since the Zohr field opened.",
            "",
            "2024-25 fiscal year",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "In FY2024 royalties from the two mines brought in about $1.2 billion.",
            "The country's copper output has been slipping behind that of rivals, and it has "
            "ceded market share to Australia, Indonesia and Canada.\n\n",
            "FY2024",
            "2024-01-01",
            "2024-12-31",
        ),
        (
            "According to Japan's finance ministry, tax revenue reached a record in fiscal 2024, "
            "lifted by corporate profits.",
            "",
            "fiscal 2024",
            "2024-04-01",
            "2025-03-31",
        ),
    ],
)
def test_a_partner_country_leaves_the_fiscal_year_to_the_page_country(
    text: str, context: str, surface: str, start: str, end: str
) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text, context))
