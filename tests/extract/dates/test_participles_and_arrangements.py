"""Direction cues that a participle, a gerund or an arrangement verb must not undo or fake: a
subjectless participle ('..., mostly paid in', 'with costs capped') is no past act, so a forecast's
yearless month or half still looks ahead; 'starting' with an object ('of starting a fire') is a
verb, not 'starting Monday'; an event called, set or announced 'for' a weekday is still ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

MON_08_DEC_2025 = dt.date(2025, 12, 8)
WED_17_JUN_2026 = dt.date(2026, 6, 17)
THU_30_JUL_2026 = dt.date(2026, 7, 30)


@pytest.mark.parametrize(
    ("text", "published", "span", "start"),
    [
        (
            "We expect prices to ease, with risks skewed to the downside until the crop is"
            " clearer in February.",
            MON_08_DEC_2025,
            "February",
            "2026-02-01",
        ),
        (
            "The group expects charges of EUR 40 million, mostly booked in the second half.",
            WED_17_JUN_2026,
            "the second half",
            "2026-07-01",
        ),
        (
            "Analysts forecast a recovery in margins, with costs capped by the new gas contract,"
            " in the fourth quarter.",
            WED_17_JUN_2026,
            "the fourth quarter",
            "2026-10-01",
        ),
        (
            "The agency predicts a surplus, largely driven by exports of beans, in March.",
            MON_08_DEC_2025,
            "March",
            "2026-03-01",
        ),
    ],
)
def test_a_subjectless_participle_does_not_undo_a_look_ahead(
    text: str, published: dt.date, span: str, start: str
) -> None:
    assert (span, start) in [(s, b) for s, b, _ in spans(text, published)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Police have arrested a man on suspicion of starting a fire by burning brush in his"
            " garden on Tuesday.",
            "2026-07-28",
        ),
        ("She is charged with starting a blaze at the timber depot on Monday.", "2026-07-27"),
        (
            "Two teenagers are accused of beginning the riot outside the stadium on Sunday.",
            "2026-07-26",
        ),
        (
            "The firm was fined for starting the works without a permit on Wednesday.",
            "2026-07-29",
        ),
    ],
)
def test_starting_with_an_object_is_a_verb_not_a_look_ahead(text: str, start: str) -> None:
    [(_, got, _)] = spans(text, THU_30_JUL_2026)
    assert got == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Unions in the region called a four-hour strike for Friday.", "2026-06-19"),
        ("Farmers announced a tractor protest for Saturday in the capital.", "2026-06-20"),
        ("The opposition has scheduled a rally for Sunday, organisers said.", "2026-06-21"),
        ("Dock workers set a 24-hour walkout for Monday after talks broke down.", "2026-06-22"),
    ],
)
def test_an_event_called_for_a_weekday_is_ahead(text: str, start: str) -> None:
    [(_, got, _)] = spans(text, WED_17_JUN_2026)
    assert got == start
