"""A date beside a machine's or a desk's clock stamp dates no event: a clock time to the second
right after it ('[v2] Wed, 4 Mar 2026 08:02:13 UTC', '2026-03-04T07:15:09Z'), or a clock time in
hours and minutes right before a date with its year and nothing but spaces or a comma between
('AB/cd  14:05  03-03-2026', 'Posted: 09:12, 2 March 2026'). A preposition before the clock
makes clock and date one point in time of the story ('from 12:01 am on 19 June 2026')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

THU_05_MAR_2026 = dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Markets desk\nAB/cd/ef  14:05  03-03-2026\nMore stories",
        "[v1] Mon, 2 Mar 2026 11:20:45 UTC (1,204 KB)\n[v2] Wed, 4 Mar 2026 08:02:13 UTC (1,210 KB)",
        "Filed 2026-03-04T07:15:09Z by the desk.",
        "Posted: 09:12, 2 March 2026 | Edited: 11:40, 2 March 2026",
        "Revision saved 1 March 2026, 17:45:02 by the editor.",
    ],
)
def test_a_date_beside_a_clock_stamp_is_no_claim(text: str) -> None:
    assert spans(text, THU_05_MAR_2026) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions take effect from 12:01 am on 19 June 2026.", "2026-06-19"),
        ("The quake struck at 04:17, 3 March 2026, the agency said.", "2026-03-03"),
        ("The ban starts at 00:00, 1 April 2026.", "2026-04-01"),
        ("The hearing opens on Thursday, 12 March 2026, 10:00 h.", "2026-03-12"),
    ],
)
def test_a_clock_time_of_the_story_keeps_its_date(text: str, expected: str) -> None:
    assert [s for _, s, _ in spans(text, THU_05_MAR_2026)] == [expected]
