"""Which way a yearless date looks, two families of look-ahead cues:

- a look-ahead participle set off by a comma ('..., starting on 1 July') hangs on the clause
  before it: ahead when that clause is in the present or has a modal, behind when it is told in
  the past (or when a past verb follows the phrase: 'Exports, beginning in June, slumped');
- an -ed form between a noun and a preposition after a look-ahead cue ('would ban stones
  polished abroad from March 1') is a reduced relative, no past act that cancels the cue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_20_AUG_2025 = dt.date(2025, 8, 20)
SUN_20_APR_2025 = dt.date(2025, 4, 20)
THU_04_DEC_2025 = dt.date(2025, 12, 4)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        (
            "The state is also funding a reading scheme for primary schools, starting on 1 "
            "September.",
            "on 1 September",
            "2025-09-01",
        ),
        (
            "Growers will get a higher support price, commencing on 15 November.",
            "on 15 November",
            "2025-11-15",
        ),
        (
            "Each household receives a winter fuel grant, beginning in December.",
            "in December",
            "2025-12-01",
        ),
        (
            "Commuters can buy a cheaper monthly pass, starting in October.",
            "in October",
            "2025-10-01",
        ),
    ],
)
def test_a_trailing_participle_after_a_present_clause_looks_ahead(
    text: str, surface: str, start: str
) -> None:
    assert (surface, start) in [(s, b) for s, b, _ in surface_spans(text, WED_20_AUG_2025)]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("The naval drills lasted ten days, starting on 2 May.", "on 2 May", "2024-05-02"),
        (
            "The festival drew record crowds, beginning on 1 May, the organisers said.",
            "on 1 May",
            "2024-05-01",
        ),
        ("Exports slumped, beginning in June.", "in June", "2024-06-01"),
        ("Exports, beginning in June, slumped.", "in June", "2024-06-01"),
    ],
)
def test_a_trailing_participle_after_a_past_clause_looks_back(
    text: str, surface: str, start: str
) -> None:
    assert (surface, start) in [(s, b) for s, b, _ in surface_spans(text, SUN_20_APR_2025)]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        (
            "Ottawa said it would ban imports of gems polished in third countries from March 1.",
            "from March 1",
            "2026-03-01",
        ),
        (
            "The ministry says it will bar fish landed in foreign ports from March 1.",
            "from March 1",
            "2026-03-01",
        ),
        (
            "Under the rule, exporters will have to declare cargoes routed through Dubai from "
            "February.",
            "from February",
            "2026-02-01",
        ),
        (
            "The regulator is expected to cap fees charged by card networks in March.",
            "in March",
            "2026-03-01",
        ),
    ],
)
def test_a_reduced_relative_after_a_cue_keeps_the_date_ahead(
    text: str, surface: str, start: str
) -> None:
    assert (surface, start) in [(s, b) for s, b, _ in surface_spans(text, THU_04_DEC_2025)]


def test_a_past_verb_in_a_relative_clause_after_a_cue_still_looks_back() -> None:
    found = surface_spans("The fund would compensate farms that flooded in March.", THU_04_DEC_2025)
    assert ("in March", "2025-03-01") in [(s, b) for s, b, _ in found]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        (
            "Airlines must collect the higher fee on tickets sold after July 1 for travel from "
            "October 1.",
            "from October 1",
            "2026-10-01",
        ),
        (
            "Airlines must collect the higher fee on tickets sold after July 1 for travel from "
            "October 1.",
            "after July 1",
            "2026-07-01",
        ),
        ("The ministry will refund duty on cars bought from June 1.", "from June 1", "2026-06-01"),
        (
            "Retailers must label all eggs laid after September 1 with the farm's code.",
            "after September 1",
            "2026-09-01",
        ),
    ],
)
def test_an_irregular_participle_before_an_ahead_date_keeps_the_cue(
    text: str, surface: str, start: str
) -> None:
    assert any(s == surface and a == start for s, a, _ in surface_spans(text, dt.date(2026, 4, 22)))


def test_a_participle_before_a_date_of_its_own_act_stays_behind() -> None:
    text = "The court will rule on 9 July on the ban imposed in January."
    assert ("in January", "2026-01-01", "2026-01-31") in surface_spans(text, dt.date(2026, 4, 22))
