"""Generated date cases: each construction crossed with tense, voice and the cue words that make
the text look ahead or back. Expected dates follow the rule in CLAIMS.md (the most recent such
date not after publication, the next one when the text looks ahead), computed here from the
calendar, not copied from the finder. Publication: Wednesday 2025-06-11.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2025, 6, 11)
WEEKDAYS = ["Monday", "Tuesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAST = [
    "The ministers met {d}.",
    "The sanctions were imposed {d}, the ministry said.",
    "Officials said {d} that the port had closed.",
    "A tanker was seized {d} off the coast.",
]
FUTURE = [
    "The ministers will meet {d}.",
    "The sanctions take effect {d}, the ministry said.",
    "The council is expected to vote {d}.",
    "The envoy is due to arrive {d}.",
    "Talks are scheduled to resume {d}.",
]


def back(weekday: int) -> dt.date:
    return PUBLISHED - dt.timedelta(days=(PUBLISHED.weekday() - weekday) % 7)


def ahead(weekday: int) -> dt.date:
    return PUBLISHED + dt.timedelta(days=(weekday - PUBLISHED.weekday()) % 7 or 7)


def cases() -> list[tuple[str, str, dt.date]]:
    out = []
    for name in WEEKDAYS:
        number = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ].index(name.lower())
        for template, prep in itertools.product(PAST, ["on ", ""]):
            out.append((template.format(d=prep + name), name, back(number)))
        for template in FUTURE:
            out.append((template.format(d="on " + name), name, ahead(number)))
    for template in PAST:
        out.append((template.format(d="yesterday"), "yesterday", PUBLISHED - dt.timedelta(days=1)))
        out.append((template.format(d="this morning"), "this morning", PUBLISHED))
        out.append((template.format(d="on 3 June"), "3 June", dt.date(2025, 6, 3)))
        out.append((template.format(d="on 20 June"), "20 June", dt.date(2024, 6, 20)))
    for template in FUTURE:
        out.append((template.format(d="tomorrow"), "tomorrow", PUBLISHED + dt.timedelta(days=1)))
        out.append((template.format(d="on 20 June"), "20 June", dt.date(2025, 6, 20)))
        out.append((template.format(d="on Jan. 19"), "Jan. 19", dt.date(2026, 1, 19)))
    return out


CASES = cases()


def test_there_are_enough_generated_cases() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("text", "span", "day"), CASES, ids=[c[0] for c in CASES])
def test_generated_case(text: str, span: str, day: dt.date) -> None:
    found = [(text[m.start : m.end], r.start, r.end) for m, r in iter_dates(text, PUBLISHED)]
    assert found == [(span, day, day)]
