"""Stamped entries ('[06.07.2026 10:05] Channel:' in an exported chat, a log's '2026-07-06
10:05'): the lines under a stamp speak from its day, so their 'today' and 'yesterday' count
from it; the stamp itself is the entry's metadata, no claim."""

from __future__ import annotations

import datetime as dt

from claims.extract.dates.finder import iter_dates
from claims.extract.dates.headings import entry_days, reference_day

CHAT = (
    "Exported chat history\n"
    "[06.07.2026 10:05] Customs Service:\n"
    "Today officers seized 40 tonnes of fuel at the border.\n"
    "[08.07.2026 09:02] Customs Service:\n"
    "The court froze 12 accounts yesterday.\n"
    "2026-07-09 12:45 Customs Service\n"
    "The freeze on 3 trucks was lifted today.\n"
)


def test_each_stamp_dates_its_entry() -> None:
    published = dt.date(2026, 7, 6)  # an export dated by its first post
    days = entry_days(CHAT, published)
    assert [str(d) for _, d in days] == ["2026-07-06", "2026-07-08", "2026-07-09"]
    at = {line: reference_day(days, CHAT.index(line), published) for line in CHAT.splitlines()}
    assert str(at["Today officers seized 40 tonnes of fuel at the border."]) == "2026-07-06"
    assert str(at["The court froze 12 accounts yesterday."]) == "2026-07-08"
    assert str(at["The freeze on 3 trucks was lifted today."]) == "2026-07-09"


def test_one_stamp_is_no_run_of_entries() -> None:
    assert entry_days("[06.07.2026 10:05] Desk:\nToday it rained.\n", dt.date(2026, 7, 9)) == []


def test_a_stamp_is_no_claim() -> None:
    found = [CHAT[m.start : m.end] for m, _ in iter_dates(CHAT, dt.date(2026, 7, 9))]
    assert not any(s[0].isdigit() for s in found)
    assert "Today" in found and "today" in found
