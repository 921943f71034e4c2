"""Page tops of an app's story-card stack and of a public dashboard saved as text: the stack's
progress bar ('Courts › Tue 4 Mar · 5 cards left · Auto-advance: on', a rule of box-drawing
blocks), its swipe prompts and credits line are furniture, and its yearless weekday in the bar
dates the page; a dashboard's breadcrumb closed by its buttons ('[ Print ]') and its row of
drop-down filters ('Region [ All ▾ ]') are furniture over its own title."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

CARDS = (
    "CITY APP · Stories\n"
    "◀ Back        Today's stories\n"
    "{bar}\n"
    "▰▰▰▰▱▱▱▱▱▱\n"
    "Harbour Board Approves Night Ferries To The Islands\n"
    "The board voted on Monday to run 12 night sailings a week from 2027.\n"
    "Swipe up ↑ · Share card\n"
    "The first sailings leave in March, the board said.\n"
    "{credits}\n"
    "Swipe right to open the next one →\n"
)


@pytest.mark.parametrize(
    ("bar", "credits", "day"),
    [
        (
            "Stories › Transport › Tue 4 Mar · 5 cards left in this story · Auto-advance: on",
            "Reporting: city desk · Cards by Lina Haddad · Sources: board minutes of 2 March 2025",
            dt.date(2025, 3, 4),
        ),
        (
            "Local › Thu 6 Mar · 3 slides to go",
            "Words: Omar Nabil · Graphics: Sara Adel · Sources: harbour board, 2025 budget",
            dt.date(2025, 3, 6),
        ),
        (
            "Today › Fri 7 Mar · Auto-play: off",
            "Text: news desk · Photos: agency · Editing: Mona Fahmy",
            dt.date(2025, 3, 7),
        ),
    ],
)
def test_a_card_stacks_bar_prompts_and_credits(bar: str, credits: str, day: dt.date) -> None:
    page = CARDS.format(bar=bar, credits=credits)
    structure = segment_text(page, TODAY)
    assert structure.title == "Harbour Board Approves Night Ferries To The Islands"
    assert structure.byline.published == day
    for line in (bar, "▰▰▰▰▱▱", credits, "Swipe right to open the next one"):
        assert kind_of(page, line, TODAY) == "boilerplate", line
    assert kind_of(page, "12 night sailings", TODAY) == "body"


DASHBOARD = (
    "CITY OF PORTVALE · Open data\n"
    "Data portal — dashboards       Español | English\n"
    "{crumb}\n"
    "{filters}\n"
    "Last updated: 03/02/2026 08:00\n"
    "\n"
    "Bus ridership: monthly overview\n"
    "\n"
    "Buses carried 4.2 million passengers in January, 6% more than a year earlier, the"
    " transport office says in its summary.\n"
)


@pytest.mark.parametrize(
    ("crumb", "filters"),
    [
        (
            "Dashboards ▸ Transport ▸ Buses          [ Download CSV ]  [ Print ]",
            "Filters:  Route [ All routes ▾ ]   Month [ January 2026 ▾ ]",
        ),
        (
            "Home › Data › Buses   [ Embed ]",
            "Line [ All ▾ ]  Compare with [ Same month last year ▾ ]",
        ),
        (
            "Dashboards > Mobility > Ridership  [ Share ]  [ Export ]",
            "Show:  District [ North ▾ ]   Unit [ trips ▾ ]",
        ),
    ],
)
def test_a_dashboards_crumb_buttons_and_filters_are_furniture(crumb: str, filters: str) -> None:
    page = DASHBOARD.format(crumb=crumb, filters=filters)
    assert segment_text(page, TODAY).title == "Bus ridership: monthly overview"
    assert kind_of(page, filters, TODAY) == "boilerplate"
    assert kind_of(page, "4.2 million passengers", TODAY) == "body"
