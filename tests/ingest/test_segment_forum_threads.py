"""A forum thread saved as text: each post's header (its number, its poster and their member
details) and the stamp under it are bylines, the thread speaks from its last post's day, a
poster's signature after its "-- " mark is no text of the thread, and the thread's and the
forum's counts are furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

THREADS = [
    (
        ("#1  DeltaDairy  (Joined: Feb 2012 · Posts: 1,904 · Taranaki)", "Mon 3 Mar 2025, 6:40 am"),
        ("#2  HillCountryHank  (Joined: Jun 2020 · Posts: 88)", "Wed 5 Mar 2025, 9:15 pm"),
        ("#3  ModTeam  (Moderator)", "Thu 6 Mar 2025, 8:02 am"),
        dt.date(2025, 3, 6),
    ),
    (
        ("#1  orchard_ann  (Member)", "12 August 2026, 14:10"),
        ("#2  Pip  (Joined: 2018)", "13 August 2026, 07:55"),
        ("#3  orchard_ann", "15 August 2026, 19:30"),
        dt.date(2026, 8, 15),
    ),
    (
        ("#14  Wheatbelt_Will  (Posts: 12,400)", "Sat 1 Nov 2025, 5:05 pm"),
        ("#15  GrainGran  (Joined: Sep 2009)", "Sun 2 Nov 2025, 8:45 am"),
        ("#16  Wheatbelt_Will  (Posts: 12,401)", "Tue 4 Nov 2025, 6:30 am"),
        dt.date(2025, 11, 4),
    ),
]
SIGNATURES = [
    "-- DeltaDairy | 420 cows, Taranaki",
    '-- Pip · 60 ha of apples, "grow or go"',
    "-- Will | 3,200 ha wheat and barley",
]
STATS = [
    ("Started by DeltaDairy · 2 replies · 512 views", "Members: 20,114 · Threads: 61,002"),
    ("Started by orchard_ann · 2 replies · 97 views · Pinned", "Online now: 85 · Members: 3,400"),
    ("Started by Wheatbelt_Will · 17 replies · 2,044 views", "Threads: 9,120 · Posts: 140,552"),
]


@pytest.mark.parametrize(
    ("thread", "signature", "stats"), list(zip(THREADS, SIGNATURES, STATS, strict=True))
)
def test_a_thread_speaks_from_its_last_post(
    thread: tuple, signature: str, stats: tuple[str, str]
) -> None:
    *posts, last_day = thread
    started, forum = stats
    bodies = [
        "Dry spring so far, we have had 22 mm since August and the dam is at half.",
        "Same here. Feed prices are up 15% on last year and the bank wants a plan.",
        "Thread pinned. Please keep the advice about drought loans to this thread.",
    ]
    page = "FarmYarn Forums\nForums › Seasons › Dry spells\n\n"
    page += f"How is everyone coping with the dry spring?\n{started}\n\n"
    for n, ((head, stamp), body) in enumerate(zip(posts, bodies, strict=True)):
        page += f"{head}\n{stamp}\n{body}\n"
        page += f"{signature}\n\n" if n == 1 else "\n"
    page += f"{forum}\n© 2025 FarmYarn Forums · Terms\n"
    structure = segment_text(page)
    assert structure.title == "How is everyone coping with the dry spring?"
    assert structure.byline.published == last_day
    assert kind_of(page, posts[0][0]) == "byline"
    assert kind_of(page, signature) == "boilerplate"
    assert kind_of(page, started) == "boilerplate"
    assert kind_of(page, forum) == "boilerplate"
    assert kind_of(page, "Feed prices are up 15%") == "body"
