"""Dates on a page that left its HTML space entities undecoded ('3&nbsp;June&nbsp;2026'), or
its JSON strings' escapes ('3\\u00a0June'): the reference reads as the space it stands for, as
the parser's own decoder (claims.extract.rejoin.unescaped) reads it, and the date's span keeps
the page's own characters."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The harbour authority said on 11&nbsp;September that dredging would resume.",
            "on 11&nbsp;September",
            "2025-09-11",
            "2025-09-11",
        ),
        (
            "Fares rose by a fifth in March&nbsp;2024 and again last winter.",
            "in March&nbsp;2024",
            "2024-03-01",
            "2024-03-31",
        ),
        (
            "The council will sit again on 2&#160;October&#160;2025 to settle the levy.",
            "on 2&#160;October&#160;2025",
            "2025-10-02",
            "2025-10-02",
        ),
        (
            "Ferries were cancelled on 4&thinsp;May after the gale.",
            "on 4&thinsp;May",
            "2025-05-04",
            "2025-05-04",
        ),
        (
            "The quay reopened in April\\u00a02025 after repairs.",
            "in April\\u00a02025",
            "2025-04-01",
            "2025-04-30",
        ),
        (
            "Permits issued before 1&nbsp;July stay valid until 30&nbsp;June&nbsp;2027.",
            "until 30&nbsp;June&nbsp;2027",
            "2027-06-30",
            "2027-06-30",
        ),
    ],
)
def test_a_space_entity_reads_as_a_space(text: str, surface: str, start: str, end: str) -> None:
    assert (surface, start, end) in surface_spans(text, PUBLISHED)
