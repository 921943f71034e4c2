"""A programme's teaser of what it airs next, its label naming when ('Coming up after the news:
...', 'Still to come on the show: ...'): other stories, never the programme's own text."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

PAGE = (
    "Morning Desk – Monday 2 March 2026 – transcript\n\n"
    "PRESENTER: The tax office said on Friday it had frozen the accounts of three fuel traders"
    " who owe a combined 4.1 million dollars in unpaid duty.\n\n"
    "GUEST: That is right, and two more traders have until the end of the month to pay.\n\n"
    "{line}\n"
    "The Morning Desk airs weekdays 7-9am.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "COMING UP AFTER THE NEWS: the court lifts a travel ban on a port official, and the weather.",
        "Coming up after the break: a mayor resigns over a housing levy",
        "Still to come on the show: farmers count the cost of the floods.",
        "Coming up after the sport: why bus fares rise by 8% in April",
    ],
)
def test_a_coming_up_line_teases_other_stories(line: str) -> None:
    assert kind_of(PAGE.format(line=line), line) == "boilerplate"
