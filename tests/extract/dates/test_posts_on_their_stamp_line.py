"""A chat export that sets each post on its stamp's own line ('[03/02/2026, 08:15] Ama Owusu:
the ferry left today'), as one phone app writes it ('03/02/2026, 08:15 - Ama Owusu: ...'), or
with a role after the name: the stamp is the post's metadata, no claim, and the post's 'today',
'yesterday' and 'this morning' count from the stamp's day (claims.extract.dates.headings
.entry_days), not from the export's day."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates
from claims.extract.dates.headings import entry_days, reference_day

EXPORTED = dt.date(2026, 2, 5)

BRACKETED = (
    "[03/02/2026, 08:02] Only members of this group can see the messages sent to it here.\n"
    "[03/02/2026, 08:15] Ama Owusu: The ferry left late today, the captain said.\n"
    "[03/02/2026, 09:40] Kojo Mensah (Secretary): Fares go up next week.\n"
    "\n"
    "[04/02/2026, 07:05] Ama Owusu: The harbour office closed this morning.\n"
    "[04/02/2026, 07:30] Efua: <Media omitted>\n"
    "\n"
    "[05/02/2026, 10:12] Kojo Mensah (Secretary): They reopened the office yesterday.\n"
)

DASHED = (
    "03/02/2026, 08:15 - Ama Owusu: Two boats were impounded today at the jetty.\n"
    "04/02/2026, 18:02 - Kojo Mensah: Police released one of them yesterday evening.\n"
)


@pytest.mark.parametrize(
    ("page", "marker", "expected"),
    [
        (BRACKETED, "The ferry left late", ("today", "2026-02-03")),
        (BRACKETED, "Fares go up", ("next week", "2026-02-09")),
        (BRACKETED, "The harbour office", ("this morning", "2026-02-04")),
        (BRACKETED, "They reopened", ("yesterday", "2026-02-04")),
        (DASHED, "Two boats", ("today", "2026-02-03")),
        (DASHED, "Police released", ("yesterday evening", "2026-02-03")),
    ],
)
def test_a_post_on_its_stamp_line_speaks_from_the_stamp(
    page: str, marker: str, expected: tuple[str, str]
) -> None:
    at = page.index(marker)
    line = page[page.rfind("\n", 0, at) + 1 : page.index("\n", at)]
    day = reference_day(entry_days(page, EXPORTED), at, EXPORTED)
    found = [(line[m.start : m.end], str(r.start)) for m, r in iter_dates(line, day)]
    assert found == [expected]


@pytest.mark.parametrize("page", [BRACKETED, DASHED])
def test_the_stamps_of_posts_are_no_claims(page: str) -> None:
    found = [page[m.start : m.end] for m, _ in iter_dates(page, EXPORTED)]
    assert not any(s[0].isdigit() for s in found)


def test_a_sentence_opening_with_a_day_and_a_clock_is_no_post() -> None:
    text = (
        "03/02/2026, 08:15 the ferry left the harbour with forty cars, two buses and a crane on"
        " board: it was full.\n"
    ) * 2
    assert entry_days(text, EXPORTED) == []
