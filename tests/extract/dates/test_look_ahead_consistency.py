"""Look-ahead rules made consistent with the lone-date ones:

- a yearless stretch opened by a look-ahead preposition ("from 3 May to 7 May") resolves like a
  lone date after that preposition: to the coming days when they are near, else the past ones;
- a yearless quarter or half moves ahead for a cue elsewhere in its sentence ('would', 'plans')
  only when the past reading is far, as a month does; a plain cue right before it still moves it;
- the second half of a hyphenated modifier ('long-delayed', 'state-owned') is no past verb, so it
  does not turn a scheduled present ('goes live on Sunday') into a told past.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

MON_20_APR_2026 = dt.date(2026, 4, 20)
WED_28_MAY_2025 = dt.date(2025, 5, 28)
SAT_01_MAR_2025 = dt.date(2025, 3, 1)
THU_20_MAR_2025 = dt.date(2025, 3, 20)
THU_29_JAN_2026 = dt.date(2026, 1, 29)
TUE_21_APR_2026 = dt.date(2026, 4, 21)
MON_02_MAR_2026 = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "published", "surface", "start", "end"),
    [
        (
            "The trade fair runs from May 3 to May 7 at the exhibition centre.",
            MON_20_APR_2026,
            "from May 3 to May 7",
            "2026-05-03",
            "2026-05-07",
        ),
        (
            "Tolls are waived from 2 June to 9 June while the bridge is resurfaced.",
            WED_28_MAY_2025,
            "from 2 June to 9 June",
            "2025-06-02",
            "2025-06-09",
        ),
        (
            "Visitors will be able to see the collection from 14 March to 30 March.",
            SAT_01_MAR_2025,
            "from 14 March to 30 March",
            "2025-03-14",
            "2025-03-30",
        ),
        (  # near, but already past: the days before publication
            "The refinery was shut from March 2 to March 9 for repairs.",
            THU_20_MAR_2025,
            "from March 2 to March 9",
            "2025-03-02",
            "2025-03-09",
        ),
        (  # far ahead: the past reading stays
            "Harvest crews worked from 10 September to 2 October, the co-op said.",
            THU_20_MAR_2025,
            "from 10 September to 2 October",
            "2024-09-10",
            "2024-10-02",
        ),
    ],
)
def test_a_yearless_stretch_after_from_looks_ahead_when_near(
    text: str, published: dt.date, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in surface_spans(text, published)


@pytest.mark.parametrize(
    ("text", "published", "surface", "start", "end"),
    [
        (
            "The insurer said it would cut 900 jobs after fourth-quarter profit fell short.",
            THU_29_JAN_2026,
            "after fourth-quarter",
            "2025-10-01",
            "2025-12-31",
        ),
        (
            "Shares could slide further once the fourth-quarter numbers are digested.",
            THU_29_JAN_2026,
            "the fourth-quarter",
            "2025-10-01",
            "2025-12-31",
        ),
        (  # far back: the cue moves it to this year's third quarter
            "The airline would add routes in the third quarter, its chief said.",
            MON_02_MAR_2026,
            "in the third quarter",
            "2026-07-01",
            "2026-09-30",
        ),
        (  # a plain cue right before it still looks ahead
            "The mill is expected to restart in the second half.",
            TUE_21_APR_2026,
            "in the second half",
            "2026-07-01",
            "2026-12-31",
        ),
    ],
)
def test_a_sentence_cue_moves_a_yearless_quarter_only_when_the_past_is_far(
    text: str, published: dt.date, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in surface_spans(text, published)


WED_08_OCT_2025 = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The long-delayed payment system goes live on Sunday.", "2025-10-12"),
        ("The state-owned railway resumes services on Monday.", "2025-10-13"),
        ("A US-led naval mission starts patrols on Friday, officials say.", "2025-10-10"),
        ("The Danish-flagged ferry returns to service on Tuesday after repairs.", "2025-10-14"),
        ("The state-owned railway resumed services on Monday.", "2025-10-06"),  # a told past
    ],
)
def test_a_hyphenated_participle_is_no_past_verb(text: str, day: str) -> None:
    assert [(s[1], s[2]) for s in surface_spans(text, WED_08_OCT_2025)] == [(day, day)]
