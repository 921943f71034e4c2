"""Lists inside a story's page: a heading that introduces other stories ("From our archive")
makes its list teasers; a timeline whose entries open with a year, a span of years or a month
and year, then a dash, is the story's own facts, never teasers (entries after a colon, a bar or
a bullet are fact-box lines already)."""

from __future__ import annotations

import pytest

from claims.ingest.segment import is_period_entry
from tests.ingest.helpers import ABOVE, HEAD, TODAY, kind_of

FOOT = "\n\nThe Example Gazette is published by Example Media Ltd.\n"


@pytest.mark.parametrize(
    "label",
    ["From our archive", "In case you missed it", "Earlier in this series", "Background reading"],
)
def test_a_heading_over_other_stories_makes_its_list_teasers(label: str) -> None:
    first = "- How the port authority sets its harbour dues (2023)"
    second = "- Five ferry routes that may close this winter, ranked"
    page = f"{HEAD}By Ana Ruiz\n3 June 2026\n\n{ABOVE}{label}\n{first}\n{second}{FOOT}"
    assert kind_of(page, first, TODAY) == "related"
    assert kind_of(page, second, TODAY) == "related"


@pytest.mark.parametrize(
    "timeline",
    [
        [
            "Timeline: the tunnel project",
            "1994 - First plans drawn up for a road tunnel",
            "2011-14 - Public inquiry and two legal challenges",
            "May 2030 - Main bore due to open to traffic",
        ],
        [
            "How the scheme grew",
            "12 June 2001 – Scheme launched in three counties",
            "Sept. 2019 – Extended to the whole of the region",
            "2035/36 – Planned switch to electric buses on all routes",
        ],
        [
            "Key dates for the valley",
            "1990s — Mills close one after another across the valley",
            "Jan 2027 — New campus takes its first students",
            "2031 — Second phase of housing to be finished",
        ],
        [
            "The reservoir at a glance",
            "1978 - Reservoir built for the growing town",
            "2003 - Dam wall strengthened after minor cracks",
            "October 2029 - Second spillway to be finished",
            "2040s - Capacity review due",
        ],
    ],
)
def test_a_timeline_of_years_stays_body(timeline: list[str]) -> None:
    page = f"{HEAD}By Ana Ruiz\n3 June 2026\n\n{ABOVE}" + "\n".join(timeline) + f"{FOOT}"
    for entry in timeline[1:]:
        assert kind_of(page, entry, TODAY) == "body", entry


@pytest.mark.parametrize(
    "line",
    [
        "Grain prices slip as harvest estimates rise",
        "2026 World Cup: tickets sell out in an hour",
        "May - the month the rains failed",
        "1999",
    ],
)
def test_a_headline_or_a_bare_year_is_no_timeline_entry(line: str) -> None:
    assert not is_period_entry(line)
