"""Page furniture of newsletters and port or market pages: a contents list under its label, a
sponsor's line, an archive teaser, a status bar over the headline and a breadcrumb that names
a section's year."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, BELOW, HEAD, TODAY, kind_of

INTRO = (
    "Good morning. This week the regulators were busy on three fronts, and we look at what the"
    " new screening rules mean for small exporters.\n\n"
)


@pytest.mark.parametrize(
    "label",
    ["IN THIS ISSUE", "In this edition", "Inside this briefing:", "In today's newsletter"],
)
def test_a_contents_list_under_its_label_is_not_the_body(label: str) -> None:
    item = "1. Regulator fines two banks over screening gaps"
    page = (
        f"{HEAD}{INTRO}{label}\n{item}\n2. Ministry adds 12 tankers to its list\n\n"
        f"{ABOVE.strip()}{BELOW}"
    )
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "SPONSORED | FastCheck screens 9 million names in under a second. Book a demo.",
        "Sponsored: Try our compliance toolkit free for 30 days.",
        "Advertisement | Save 25% on annual plans this month",
        "Partner content: How 400 firms cut their screening costs",
    ],
)
def test_a_sponsor_line_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n\n{BELOW}"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "From the archive: How the first port bans played out",
        "From our archives - Ten years of grain deals",
        "More from the archive: When the lira lost half its value",
        "From the archive: The 2019 fuel protests",
    ],
)
def test_an_archive_teaser_is_related(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n\n{BELOW}"
    assert kind_of(page, line, TODAY) == "related"


@pytest.mark.parametrize(
    "bar",
    [
        "Port status: OPEN | Wind NE 18 kn | Sea 11°C",
        "EUR/USD 1.08 | Brent $74 | Gold $2,310",
        "Airport: delays 20 min | Runway 2 closed | 7°C",
        "Level 3 alert | Rain 40 mm | Roads open",
    ],
)
def test_a_status_bar_over_the_headline_is_not_the_headline(bar: str) -> None:
    page = f"HARBOUR AUTHORITY\n{bar}\n\n{HEAD}{ABOVE}"
    assert segment_text(page, TODAY).title == HEAD.strip()


@pytest.mark.parametrize(
    "crumb",
    [
        "Local Elections 2025 > Dunedin results",
        "Budget 2026 > What it means",
        "World Cup 2030 > Host cities",
        "Elections 2024 > Council races > Ward maps",
    ],
)
def test_a_breadcrumb_naming_a_section_year_is_not_the_headline(crumb: str) -> None:
    page = f"CITY CURRENT\n{crumb}\n\n{HEAD}{ABOVE}"
    assert segment_text(page, TODAY).title == HEAD.strip()


def test_a_headline_with_a_figure_beside_the_site_name_stays_the_headline() -> None:
    line = "Harbour Post | Port handles 2 million tonnes in record January"
    page = f"{line}\n\n{ABOVE}"
    assert segment_text(page, TODAY).title == "Port handles 2 million tonnes in record January"
