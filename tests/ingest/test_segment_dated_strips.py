"""A page's stamp line at its top, split by bars or dots: one piece is its day under a short label
of any words ('Page updated ...', 'Date: ...', 'Valid from ...') or alone, the others name no day
and are no sentence (an office, a section, a rating, a reading time, a print link). Its day is
the page's; a weekly's issue line dated by the week it covers is left to the issue's reading."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY

HEAD = "Harbour dues rise for the first time in six years"
TEXT = (
    "The port board raised its dues for container ships by 8% on Monday, citing the cost of"
    " dredging the outer channel, and said cruise ships would pay the same as last year.\n"
)


@pytest.mark.parametrize(
    ("above", "under", "expected"),
    [
        ("NEWS | Office of the Harbour Master | 4 March 2026 | 🕑 3 min", "", dt.date(2026, 3, 4)),
        (
            "NOTICE · Ref. HB/2026/118 · Date: 9 April 2026 (Chaitra 27) · Port Services Section",
            "",
            dt.date(2026, 4, 9),
        ),
        (
            "Tariff valid from 1 May 2026 · Next review within 6 months · Print · Subscribe by SMS",
            "",
            dt.date(2026, 5, 1),
        ),
        (
            "",
            "Read at the board's meeting, Vela · Page updated 12.05.2026 · Download the tariff (PDF)",
            dt.date(2026, 5, 12),
        ),
        ("", "★★★☆☆ · Reviewed by Ana Ruiz · 3 June 2026 · 4 min read", dt.date(2026, 6, 3)),
    ],
)
def test_a_strip_with_one_short_dated_piece_dates_the_page(
    above: str, under: str, expected: dt.date
) -> None:
    top = f"Vela Port News\n{above}\n" if above else "Vela Port News\n"
    page = top + HEAD + "\n" + (f"{under}\n" if under else "") + TEXT
    assert segment_text(page, TODAY).byline.published == expected


def test_a_weekly_s_issue_line_keeps_the_first_day_of_its_week() -> None:
    page = (
        "THE VALLEY WEEKLY · ENGLISH EDITION\n"
        "The weekly of the lake towns · Every Tuesday · N° 212 · 10–16 March 2026 · 500 francs\n"
        "Vela | Porto | Lira — Politics | Economy | Sport | Notices\n"
        "ECONOMY · PORTS\n" + HEAD + "\n" + TEXT
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 10)


def test_a_strip_naming_two_days_is_no_stamp_of_one() -> None:
    page = (
        "Vela Port News\n"
        + HEAD
        + "\nHearing 3 May 2026 · Decision 9 June 2026 · Case file\n"
        + TEXT
    )
    assert segment_text(page, TODAY).byline.published != dt.date(2026, 6, 9)
