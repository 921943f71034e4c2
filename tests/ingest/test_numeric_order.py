"""An all-numeric metadata date ("Date: 04/06/2025") is read in the order the page itself proves:
another numeric date only one order can read, then dotted dates (day first), then the order of
its written-out dates, and only then the default of claims/data/dates.json."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import numeric_order, slash_order
from claims.ingest.segment import segment_text
from claims.resources import load_data
from tests.ingest.helpers import TODAY

HEAD = "Grain Freight Weekly: Barge Rates Ease on the Lower Rhine"


def published(stamp: str, prose: str) -> dt.date | None:
    page = f"{HEAD}\n{stamp}\n\n{prose}\n"
    return segment_text(page, TODAY).byline.published


@pytest.mark.parametrize(
    ("stamp", "prose", "expected"),
    [
        # a second numeric date whose first number is over 12 proves day first, even where the
        # prose writes its dates month first (a report quoting a US agency)
        (
            "Date: 04/06/2025 | Ref. GF-22",
            "Bookings closed on 17/05/2025. The agency's survey of May 20 showed lower water.",
            dt.date(2025, 6, 4),
        ),
        # and one whose second number is over 12 proves month first over day-first prose
        (
            "Posted 04/06/2025",
            "Claims filed by 03/31/2025 were paid; the rest were reviewed on 2 April.",
            dt.date(2025, 4, 6),
        ),
        # a dotted date elsewhere on the page is day first
        (
            "Date: 03/02/2025",
            "Barge rates fell on January 28. Quotes as of 31.01.2025 close.",
            dt.date(2025, 2, 3),
        ),
        # a US page keeps month first: its written-out dates are month first, nothing else says
        (
            "Updated 03/02/2025 09:15",
            "Rates eased on Feb. 27 and again on March 1, brokers said.",
            dt.date(2025, 3, 2),
        ),
    ],
)
def test_a_numeric_stamp_follows_the_order_the_page_proves(
    stamp: str, prose: str, expected: dt.date
) -> None:
    assert published(stamp, prose) == expected


def test_without_any_cue_the_default_order_applies() -> None:
    default = load_data("dates")["slash_order"]
    expected = dt.date(2025, 3, 2) if default == "month_first" else dt.date(2025, 2, 3)
    assert published("Date: 03/02/2025", "Barge rates were flat over the week.") == expected


def test_only_unambiguous_numeric_dates_count_as_proof() -> None:
    assert numeric_order("Filed 14/02/2024, amended 03/04/2024.") == "day_first"
    assert numeric_order("Filed 02/14/2024, amended 03/04/2024.") == "month_first"
    assert numeric_order("Filed 02/03/2024 and 04/05/2024.") is None  # both orders read them
    assert numeric_order("Filed 14/02/2024, amended 02/14/2024.") is None  # a tie proves nothing
    assert numeric_order("Season 2024/25 ran 12% above 2023/24.") is None  # not dates


def test_proof_outranks_dotted_dates_which_outrank_written_ones() -> None:
    # numbers over dots: '12.03.2025' would say day first, '03/25/2025' proves month first
    assert slash_order("Closing 12.03.2025; renewal due 03/25/2025.") == "month_first"
    # dots over words: 'March 4' alone would say month first
    assert slash_order("Talks on March 4 resumed; minutes dated 05.03.2025.") == "day_first"
    # words alone decide when nothing numeric does
    assert slash_order("Talks on 4 March resumed.") == "day_first"
    assert slash_order("No dates at all here.") is None


@pytest.mark.parametrize(
    ("stamp", "prose", "expected"),
    [
        (
            "Last updated 6:05pm, 04/03/2026",
            "Wednesday 4 March\n\nFlooding in March\n\n12 roads remain shut, police said.",
            dt.date(2026, 3, 4),
        ),
        (
            "Updated 07/05/2026 11:20",
            "Thursday 7 May\n\nShipments for April\n\n34 ships left the port.\n\n"
            "Sales in May\n\n9 stores reported gains.",
            dt.date(2026, 5, 7),
        ),
        (
            "Posted 02/11/2025",
            "Sunday 2 November\n\nTotals so far this November\n\n41 flights were diverted.",
            dt.date(2025, 11, 2),
        ),
        (
            "Date: 10/12/2025",
            "The vote is set for 10 December.\n\nTurnout in December\n\n58 branches sent delegates.",
            dt.date(2025, 12, 10),
        ),
    ],
)
def test_a_month_that_ends_a_line_is_no_date_with_the_figure_under_it(
    stamp: str, prose: str, expected: dt.date
) -> None:
    """A heading's month at a line's end and a number opening the next line are no written
    date, so they do not outvote the page's own day-first dates."""
    assert published(stamp, prose) == expected


@pytest.mark.parametrize(
    ("top", "stamp", "expected"),
    [
        # a Spanish masthead's day, 'de' before its month and its year, echoes the stamp day first
        (
            "Jueves 9 de octubre de 2025 | Lluvia 24°C",
            "Por Lucía Paz | 09/10/2025 · 08:30",
            (10, 9),
        ),
        # in Portuguese the same
        ("Domingo, 5 de outubro de 2025", "Por Rui Lopes | 05/10/2025 11:02", (10, 5)),
        # in French, no 'de'
        ("Mardi 4 mars 2025 · Édition du soir", "Par Anne Roy | 04/03/2025 · 18:10", (3, 4)),
        # in German, the day's dot before the month
        ("Freitag, 6. Februar 2026", "Von Jana Wolf | 06/02/2026, 07:45", (2, 6)),
    ],
)
def test_a_numeric_stamp_is_read_as_the_day_the_masthead_writes_in_its_language(
    top: str, stamp: str, expected: tuple[int, int]
) -> None:
    page = f"{top}\n\n{HEAD}\n{stamp}\n\n" + "Rates eased after the locks reopened, brokers said.\n"
    day = segment_text(page, TODAY).byline.published
    assert day is not None and (day.month, day.day) == expected
