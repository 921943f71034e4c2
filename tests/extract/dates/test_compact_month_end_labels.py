"""An analyst's compact month end set as a label ('Reserves, end-May:', '(end-June 2026)')
names the month's closing figure: its last day. After 'by' or 'for', or in a sentence, it keeps
its own reading."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2026, 11, 6)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Net foreign assets, end-July: US$1.9 billion", ("end-July", "2026-07-31", "2026-07-31")),
        ("Main indicators (end-March 2026)", ("end-March 2026", "2026-03-31", "2026-03-31")),
        ("Sugar stocks, end-May 2025: 1.4 mt", ("end-May 2025", "2025-05-31", "2025-05-31")),
        (
            "Bank deposits, end-April 2026 ..... 38.2",
            ("end-April 2026", "2026-04-30", "2026-04-30"),
        ),
    ],
)
def test_a_compact_month_end_as_a_label_is_its_last_day(
    line: str, span: tuple[str, str, str]
) -> None:
    assert surface_spans(line, PUBLISHED) == [span]


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Exports by end-February reached 2 mln T.",
            ("by end-February", "2026-02-21", "2026-02-28"),
        ),
        (
            "Our forecast for end-March 2026 is $5,200/t",
            ("for end-March 2026", "2026-03-21", "2026-03-31"),
        ),
        (
            "Reserves fell to $4bn at end-September.",
            ("at end-September", "2026-09-30", "2026-09-30"),
        ),
    ],
)
def test_a_compact_month_end_after_a_preposition_keeps_its_reading(
    line: str, span: tuple[str, str, str]
) -> None:
    assert surface_spans(line, PUBLISHED) == [span]
