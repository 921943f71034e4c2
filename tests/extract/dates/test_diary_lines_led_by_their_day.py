"""A diary line that opens with its day and a dash ('Oct. 2 - vote on the levy') under a heading
that looks ahead lists something still to come: its day is the next one, not the last."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import iter_dates
from tests.extract.dates.helpers import THU_06_NOV_2025, TUE_02_SEP_2025


@pytest.mark.parametrize(
    ("page", "published", "expected"),
    [
        (
            "Looking ahead\nSept. 1 – port workers' ballot closes\nSept. 8 – harvest estimate\n",
            TUE_02_SEP_2025,
            ["2026-09-01", "2025-09-08"],
        ),
        (
            "LOOKING AHEAD\n3 Nov — cabinet reshuffle expected\n4 Feb - spring budget\n",
            THU_06_NOV_2025,
            ["2026-11-03", "2026-02-04"],
        ),
        (
            "Coming up\nAug. 30 – toll on the bridge doubles\nJan. 12 – court rules on the merger\n",
            TUE_02_SEP_2025,
            ["2026-08-30", "2026-01-12"],
        ),
        (
            "Key dates\n1 Nov – wage talks open\n28 Oct - union conference\n",
            THU_06_NOV_2025,
            ["2026-11-01", "2026-10-28"],
        ),
    ],
)
def test_a_day_leading_a_diary_line_under_a_look_ahead_heading_is_ahead(
    page: str, published: object, expected: list[str]
) -> None:
    starts = [str(r.start) for _, r in iter_dates(page, published)]  # type: ignore[arg-type]
    assert starts == expected


@pytest.mark.parametrize(
    ("context", "line", "expected"),
    [
        ("Looking ahead\n", "Oct. 30 – the grid operator's tender", "2026-10-30"),
        ("Diary\n2 Dec – rail strike\n", "Nov. 5 - minister visits the mine", "2026-11-05"),
    ],
)
def test_a_diary_line_read_as_its_own_paragraph_is_ahead(
    context: str, line: str, expected: str
) -> None:
    [(_, found)] = list(iter_dates(line, THU_06_NOV_2025, context))
    assert str(found.start) == expected


@pytest.mark.parametrize(
    "page",
    [
        "Looking back\nOct. 30 – the grid operator's tender\n",
        "Looking ahead\nThe tender of Oct. 30 – the grid operator's – drew four bids.\n",
    ],
)
def test_a_day_off_a_look_ahead_diary_keeps_the_past_reading(page: str) -> None:
    [(_, found)] = list(iter_dates(page, THU_06_NOV_2025))
    assert str(found.start) == "2025-10-30"
