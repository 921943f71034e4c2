"""Fiscal years of small states and territories (claims/data/dates.json 'fiscal_years'): a
territory that writes another country's currency mark (the pound sign) keeps its own fiscal
year on a page whose home it is."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import fiscal_home, iter_dates

PUBLISHED = dt.date(2026, 4, 16)


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
            "Falkland Islands news\nTourism\nCruise passengers spent £9.2m ashore in the "
            "2024/25 financial year, the Falklands tourist board said on its annual review day.",
            "2024/25 financial year",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "The Falklands government will spend £4m on roads over the 2026-27 financial year, "
            "the budget select committee heard in a long session at the Chamber.",
            "2026-27 financial year",
            "2026-07-01",
            "2027-06-30",
        ),
        (
            "Brunei's health ministry was allotted B$412 million in FY2026/27, up from the "
            "year before, the finance minister told the Legislative Council.",
            "FY2026/27",
            "2026-04-01",
            "2027-03-31",
        ),
        (
            "Bruneian officials said the fund had paid out B$3.4 million in the 2024-25 "
            "financial year to small firms hit by the floods.",
            "2024-25 financial year",
            "2024-04-01",
            "2025-03-31",
        ),
    ],
)
def test_fiscal_years_of_small_states(text: str, surface: str, start: str, end: str) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text))


def test_the_pound_sign_on_a_british_page_keeps_britain_s_year() -> None:
    text = (
        "Councils in England overspent by £1.1bn during the 2022-23 financial year, auditors "
        "said in a report on local government finance published this week."
    )
    assert ("the 2022-23 financial year", "2022-04-01", "2023-03-31") in dated(text)
