"""'today' that opens or closes a clause telling how things stand now, with a figure and a
present-tense verb of a state ('only 12% hold a permit today'), means 'at present': a vague
reference, no date claim; an event told that day keeps it."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_02_SEP_2025, spans


@pytest.mark.parametrize(
    "text",
    [
        "Barely 30% of the vans carry a tracker today.",
        "The old mill grinds about 4,000 tonnes a week today, half its former output.",
        "In 1990 the island had 60 schools; today it counts 21.",
        "Today a building permit needs some 140 days, the chamber complained.",
    ],
)
def test_a_present_state_with_its_figure_is_no_day(text: str) -> None:
    assert [s for s in spans(text, TUE_02_SEP_2025) if s[0].lower() == "today"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rescue crews pulled 14 people from the rubble today.",
        "The port has closed 3 berths today, the operator said.",
        "The new tariff applies from 18:00 today.",
        "Forecasters expect highs of 39C to hold inland today.",
        "The 12 trawlers named today lost their licences.",
        "The council holds its vote today.",
    ],
)
def test_an_event_of_the_day_keeps_today(text: str) -> None:
    assert ("today", "2025-09-02", "2025-09-02") in spans(text, TUE_02_SEP_2025)
