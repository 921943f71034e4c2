"""A page top that writes its day all in figures joined by dashes ('Lima, 20-08-2026', a release's
number beside it or not): the day dates the page, the line is never its headline, and the order of
day and month is the one its numbers allow or the page proves, as for slashed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import find_date, publication_date
from claims.ingest.segment import segment_text

HEADLINE = "Coast guard seizes fishing boat over unpaid licence fees"
STORY = (
    f"{HEADLINE}\n"
    "The coast guard on Tuesday seized a trawler that had fished for three months without paying"
    " its licence fees, the ministry said.\n"
    "The owners owe about $240,000 in fees and fines and have two weeks to pay, it said.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Press release no. 88/2026 · Port Louis, 14-07-2026", dt.date(2026, 7, 14)),
        ("Castries, 03-11-2025", dt.date(2025, 11, 3)),  # the page's own dates prove day first
        ("Statement 12/2026 | 27-02-2026", dt.date(2026, 2, 27)),
        ("Issued: 30-09-2025", dt.date(2025, 9, 30)),
    ],
)
def test_a_dashed_day_at_the_page_top_dates_it_and_is_no_headline(
    line: str, expected: dt.date
) -> None:
    proof = "The fees were last raised on 21-01-2024.\n"
    page = f"MINISTRY OF FISHERIES\nHome > News > Releases\n{line}\n{STORY}{proof}"
    structure = segment_text(page)
    assert structure.title == HEADLINE
    assert structure.byline.published == expected


def test_dashed_dates_follow_the_order_their_numbers_allow() -> None:
    assert find_date("20-08-2026")[0] == dt.date(2026, 8, 20)  # type: ignore[index]
    assert find_date("08-20-2026")[0] == dt.date(2026, 8, 20)  # type: ignore[index]
    assert find_date("20-20-2026") is None
    assert publication_date("Date: 05-06-2026", "day_first") == dt.date(2026, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Tel. 555-12-2070",
        "call 451-20-2070",
        "ref. 7-14-20265",
        "Hotline 0800-12-2070",
        "Fax 0212-04-1999",
        "order 12026-05-14",
    ],
)
def test_a_phone_or_reference_number_is_no_dashed_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 2026-05-14 08:10", dt.date(2026, 5, 14)),
        ("Released: 2025/11/03", dt.date(2025, 11, 3)),
    ],
)
def test_year_first_dates_still_date_a_page(text: str, expected: dt.date) -> None:
    assert find_date(text)[0] == expected  # type: ignore[index]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Ana Ruiz | Published: 04-05-2026 09:30 | Updated: 04-05-2026 11:10",
            dt.date(2026, 5, 4),
        ),
        ("Posted 07-03-2025", dt.date(2025, 3, 7)),
        ("Published on 10-11-2025 at 18:45", dt.date(2025, 11, 10)),
        ("Updated: 02-09-2026 | Published: 01-09-2026", dt.date(2026, 9, 1)),
    ],
)
def test_a_dashed_day_no_page_evidence_settles_reads_day_first(
    line: str, expected: dt.date
) -> None:
    page = f"RIVER NEWS | Home\n{HEADLINE}\n{line}\n\n{STORY}"
    structure = segment_text(page)
    assert structure.title == HEADLINE
    assert structure.byline.published == expected


def test_a_slashed_day_no_page_evidence_settles_keeps_its_default() -> None:
    assert find_date("04/05/2026")[0] == dt.date(2026, 4, 5)  # type: ignore[index]
    assert find_date("04-05-2026")[0] == dt.date(2026, 5, 4)  # type: ignore[index]
