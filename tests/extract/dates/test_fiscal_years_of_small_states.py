"""Fiscal years of small states and territories (claims/data/dates.json 'fiscal_years'; Bhutan's
runs from July, its ngultrum written Nu; Malawi's from April): a
territory that writes another country's currency mark (the pound sign) keeps its own fiscal
year on a page whose home it is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans_at_home

PUBLISHED = dt.date(2026, 4, 16)


def dated(text: str) -> list[tuple[str, str, str]]:
    return spans_at_home(text, PUBLISHED)


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
        (
            "Malawi's tobacco auction floors sold leaf worth $310 million in the 2025/26 "
            "financial year, the Tobacco Commission said in Lilongwe.",
            "2025/26 financial year",
            "2025-04-01",
            "2026-03-31",
        ),
        (
            "The Malawian treasury expects the new fuel levy to raise more in the 2026-27 "
            "fiscal year than the old one did.",
            "2026-27 fiscal year",
            "2026-04-01",
            "2027-03-31",
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


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (  # Eswatini: April to March
            "Eswatini's power utility imported 880 GWh in the 2024/25 financial year, the "
            "regulator said in its annual review of electricity supply and prices.",
            "2024/25 financial year",
            "2024-04-01",
            "2025-03-31",
        ),
        (  # 'crore' on a Bangladeshi page: Bangladesh's July to June, not India's year
            "Bangladesh Bank data\nDhaka, 9 July 2026\nRemittances hit 2.1 lakh crore taka in "
            "FY2025-26, the central bank said in its monthly review of inflows to Bangladesh.",
            "FY2025-26",
            "2025-07-01",
            "2026-06-30",
        ),
        (
            "Pakistan's tax office\nIslamabad\nThe board collected Rs 9,300 crore more in "
            "FY2024-25, Pakistan's revenue board said in its report to the finance committee.",
            "FY2024-25",
            "2024-07-01",
            "2025-06-30",
        ),
    ],
)
def test_shared_marks_and_more_states(text: str, surface: str, start: str, end: str) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text))


def test_crore_on_an_indian_page_keeps_india_s_year() -> None:
    text = "Indian railways earned 2.4 lakh crore rupees in FY2024-25, the ministry said."
    assert ("FY2024-25", "2024-04-01", "2025-03-31") in dated(text)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "Thimphu, Bhutan\nBhutan's tourism levy raised Nu 1.9 billion in the 2024-25 fiscal "
            "year, the tourism council said.",
            "2024-25 fiscal year",
            "2024-07-01",
            "2025-06-30",
        ),
        (
            "The Bhutanese government plans to spend Nu 3 billion on rural roads in FY2026-27.",
            "FY2026-27",
            "2026-07-01",
            "2027-06-30",
        ),
        (
            "Thimphu's budget for the 2025-26 financial year puts health spending at Nu 6.1 "
            "billion, or Nu 610 crore.",
            "2025-26 financial year",
            "2025-07-01",
            "2026-06-30",
        ),
        (
            "Bhutan power sales\nHydropower earned the state Nu 24 billion in exports. In "
            "2023-24, debt service on the plants took Nu 9 billion.",
            "2023-24",
            "2023-07-01",
            "2024-06-30",
        ),
    ],
)
def test_bhutan_runs_a_july_fiscal_year(text: str, surface: str, start: str, end: str) -> None:
    assert any(s.endswith(surface) and (a, b) == (start, end) for s, a, b in dated(text))
