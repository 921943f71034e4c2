"""A regional weekly's bar of the next departure with its weather ('Port A → Port B next sailing
14:45 · Wind W 4 · Sea 19°C'): a departure board's piece may run past a rate's few words, and the
strip stays the site's bar, never the headline."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Island council doubles the bus subsidy for night workers"
STORY = (
    f"{HEADLINE}\nby our harbour correspondent\n\n"
    "The council voted on Monday to double the night bus subsidy to about €200,000 a year, saying"
    " that shift workers had waited too long for the last ferry.\n"
)


@pytest.mark.parametrize(
    "widget",
    [
        "Marsa → Qala next sailing 14:45 · Wind NW 5 · Sea 17°C",
        "Next ferry 09:30 · Gusts 40 km/h · Lindos 22°C",
        "Harbour to Isle: first boat at 6.15 · Tórshavn 8°C",
        "Last departure 23:10 · Swell 2 m · Ayr 11°C",
    ],
)
def test_a_departure_board_strip_is_no_headline(widget: str) -> None:
    page = f"{widget}\nNEWS\n{STORY}"
    assert segment_text(page).title == HEADLINE


def test_a_ferry_story_headline_stays_one() -> None:
    headline = "Ferry crossing the bay at 14:45 ran aground on a sandbank"
    page = f"{headline}\n\nNobody was hurt when the ferry ran aground, the operator said.\n"
    assert segment_text(page).title == headline


BRIEFS_STORY = (
    "Island council doubles the bus subsidy for night workers\nby our correspondent\n\n"
    "The council voted on Monday to double the night bus subsidy to about €200,000 a year.\n"
    "Shift workers had waited up to an hour for the last bus, the union said.\n\n"
)


@pytest.mark.parametrize(
    "label",
    ["AROUND THE ISLAND", "Across the shire", "News from the valleys", "ELSEWHERE ON GOZO"],
)
def test_briefs_under_a_place_label_are_other_stories(label: str) -> None:
    page = (
        f"{BRIEFS_STORY}{label}\n• Qala: the parish hall repairs, costing €90,000, end in May.\n"
        "• Nadur: police fined 12 drivers over parking on the square.\n"
    )
    assert kind_of(page, "police fined 12 drivers") == "related"
    assert kind_of(page, "Shift workers had waited") == "body"


def test_a_place_crosshead_over_running_text_stays_body() -> None:
    page = (
        f"{BRIEFS_STORY}Around the harbour\nFishermen said the new bus would help crews that land"
        " their catch after midnight, when no taxi runs.\n"
    )
    assert kind_of(page, "Fishermen said the new bus") == "body"
