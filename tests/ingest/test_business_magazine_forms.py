"""A business magazine's menu set with gaps of spaces may carry one yearly section's link ('Top
100 2026' is no such link, 'Rankings 2025' is): the line is the site's menu, never the headline."""

from __future__ import annotations

import pytest

from claims.ingest.segment import is_nav, segment_text

HEADLINE = "Port operator wins a ten-year concession for the container quay"


@pytest.mark.parametrize(
    "menu",
    [
        "Economy  Companies  Banking  Rankings 2025",
        "Markets  Energy  Awards 2026  Opinion  Events",
        "News | Trade | Shipping | Yearbook 2024 | Contact",
        "Home  Tech  Startups  Best Employers 2026  Podcasts",
    ],
)
def test_a_menu_with_a_yearly_section_is_nav(menu: str) -> None:
    assert is_nav(menu)
    page = f"HARBOUR BUSINESS\n{menu}\n{HEADLINE}\nBy Ana Vidal | 3.02.2026\n\nThe operator said.\n"
    assert segment_text(page).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    ["Revenue 2024  Revenue 2025  Change", "Budget 2025  Budget 2026", "Q1  Q2  Q3 2025  Q4"],
)
def test_two_dated_pieces_or_a_short_row_stay_no_menu(line: str) -> None:
    assert not is_nav(line)
