"""A list of days that names the month and the day and leaves the year out ('Nov. 3 - Rate
decision', '3 March: Budget vote'), as a diary's look ahead sets it: the page's own dated
entries, never teasers of other stories, even where two entries fall on one day."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

PAGE = (
    "GULF MARKETS DIARY | Desk, Doha\n"
    "Sunday, 2 November 2025 | 17:00 GST\n"
    "DAY AHEAD-Oman budget, Qatar trade data in focus\n"
    "The diary lists scheduled economic events in the Gulf for Monday.\n"
    "\n"
    "MONDAY, NOVEMBER 3\n"
    "QATAR - 1000: October trade balance (previous: 16.2 bln riyals surplus).\n"
    "OMAN - Shura Council debates the draft budget for 2026.\n"
    "\n"
    "{label}\n"
    "{first}\n"
    "{second}\n"
    "{third}\n"
)

CASES = [
    (
        "LOOKING AHEAD",
        "Nov. 10 – Kuwait central bank rate decision",
        "Nov. 10 – Bahrain third-quarter GDP (seen at 1.4% y/y)",
        "Dec. 1 – Qatar: port fees rise to 12 riyals a tonne",
    ),
    (
        "Coming up",
        "10 November: Kuwait central bank rate decision",
        "10 November: Bahrain third-quarter GDP (seen at 1.4%)",
        "1 December: Qatar port fees rise to 12 riyals a tonne",
    ),
    (
        "NEXT WEEKS",
        "- Nov 10 - Kuwait central bank rate decision",
        "- Nov 10 - Bahrain third-quarter GDP (seen at 1.4%)",
        "- Dec 1 - Qatar port fees rise to 12 riyals a tonne",
    ),
    (
        "Further ahead",
        "November 10 | Kuwait central bank rate decision",
        "November 10 | Bahrain third-quarter GDP (seen at 1.4%)",
        "December 1 | Qatar port fees rise to 12 riyals a tonne",
    ),
]


@pytest.mark.parametrize(("label", "first", "second", "third"), CASES)
def test_a_diary_look_ahead_by_month_and_day_is_the_page_text(
    label: str, first: str, second: str, third: str
) -> None:
    page = PAGE.format(label=label, first=first, second=second, third=third)
    for line in (first, second, third):
        assert kind_of(page, line) == "body"
