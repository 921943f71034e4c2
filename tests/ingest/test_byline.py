from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import find_date, parse_byline, publication_date
from claims.ingest.segment import segment_text

BODY = (
    "The harbour board voted on Monday to spend $3 million deepening the north channel, which"
    " silted up after the spring floods and now turns away the larger ferries.\n"
)


def test_seed_style_byline() -> None:
    by = parse_byline(
        "by Dinara Khalilova and The Kyiv Independent news desk April 2, 2024 12:28 PM 2 min read"
    )
    assert by.authors == ["Dinara Khalilova", "The Kyiv Independent news desk"]
    assert by.outlet == "The Kyiv Independent"
    assert by.published == dt.date(2024, 4, 2)


def test_pipe_separated_byline_names_outlet() -> None:
    by = parse_byline("By Maria Lenz, Tomas Ek & Ana Ruiz | Baltic Ledger | 14 March 2025")
    assert by.authors == ["Maria Lenz", "Tomas Ek", "Ana Ruiz"]
    assert by.outlet == "Baltic Ledger"
    assert by.published == dt.date(2025, 3, 14)


def test_published_line_has_date_but_no_authors() -> None:
    by = parse_byline("Published: 2023-11-07")
    assert by.authors == [] and by.published == dt.date(2023, 11, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sept. 13, 2023", dt.date(2023, 9, 13)),
        ("on 5 Jan 2026", dt.date(2026, 1, 5)),
        ("Feb 30, 2024", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Last updated: 14.03.2025 09:12", dt.date(2025, 3, 14)),
        ("Published on 4 April 2025 | Last updated: 06.04.2025 14:05", dt.date(2025, 4, 4)),
        ("Updated 7.04.2025 | Published 5.04.2025", dt.date(2025, 4, 5)),
        ("Updated June 13, 2024 - 9.15am, first published at 6.42am", dt.date(2024, 6, 13)),
        ("Updated 2 hours ago", None),
    ],
)
def test_publication_date_prefers_the_first_publication(line: str, expected: dt.date) -> None:
    assert publication_date(line) == expected


def test_numeric_dates_are_day_first_and_checked() -> None:
    assert find_date("9.7.2025 at 10:00") == (dt.date(2025, 7, 9), 0, 8)
    assert find_date("31.02.2025") is None
    assert find_date("version 1.2.2025.4") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21.10.2026.", dt.date(2026, 10, 21)),
        ("Published: 3.02.2025. 14:10", dt.date(2025, 2, 3)),
        ("Riga, 07.05.2025.", dt.date(2025, 5, 7)),
    ],
)
def test_a_day_first_date_may_close_on_a_dot(line: str, expected: dt.date) -> None:
    found = find_date(line)
    assert found is not None and found[0] == expected
    assert line[found[1] : found[2]].endswith(str(expected.year))


def test_a_date_line_closed_by_a_dot_dates_the_page() -> None:
    page = (
        "Ministry of Regional Development\nHome > News\n\n"
        "Government approves EUR 40 million for rural bus routes\n\n14.11.2025.\n\n"
        "The Cabinet on Tuesday approved EUR 40 million for rural bus routes in 2026, the ministry"
        " said, adding that 212 routes would be kept.\n"
    )
    assert str(segment_text(page).byline.published) == "2025-11-14"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted 13/03/2025", dt.date(2025, 3, 13)),
        ("Published 03/13/2025 09:40 ET", dt.date(2025, 3, 13)),
        ("March 13th, 2025", dt.date(2025, 3, 13)),
        ("Last modified on Thu 13 Mar 2025 14.05 GMT", dt.date(2025, 3, 13)),
        ("Updated: the 2nd of April 2025", dt.date(2025, 4, 2)),
    ],
)
def test_metadata_line_notations(line: str, expected: dt.date) -> None:
    assert publication_date(line) == expected


def test_spaced_year_first_dates_need_a_real_month_and_day() -> None:
    assert find_date("call 2025 13 40 now") is None
    assert find_date("room 2025 03 13") == (dt.date(2025, 3, 13), 5, 15)


def test_slashed_dates_take_the_order_their_numbers_allow() -> None:
    assert find_date("04/03/2025") == (dt.date(2025, 4, 3), 0, 10)  # month first by default
    assert find_date("31/12/2024")[0] == dt.date(2024, 12, 31)  # type: ignore[index]
    assert find_date("13/13/2025") is None


@pytest.mark.parametrize(
    "line",
    [
        "Input : 2025.03.13 14:05",
        "Posted 2025/03/13",
        "Date: 2025-03-13",
        "Marta Jonaitė | 2025 03 13, 18:20",
        "Updated on 2025 03 13",
        "Sports desk · 2025 03 13 · 3 min",
    ],
)
def test_year_first_stamps(line: str) -> None:
    assert publication_date(line) == dt.date(2025, 3, 13)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Nora Velde nvelde@coastpost.example", ["Nora Velde"]),
        ("By Ola Berg | oberg@fjordnews.example", ["Ola Berg"]),
        ("By LENA MARKS lmarks@example.org", ["LENA MARKS"]),
        (
            "By Ana Ruiz and Tom Berg, aruiz@example.com, tberg@example.com",
            ["Ana Ruiz", "Tom Berg"],
        ),
    ],
)
def test_a_byline_closed_by_its_authors_emails_is_the_byline(line: str, authors: list[str]) -> None:
    page = f"Harbour board approves a $3M dredging plan\n\n{line}\nMay 4, 2026\n\n{BODY}"
    structure = segment_text(page)
    assert structure.byline.authors == authors
    kind = next(s.kind for s in structure.segments if page[s.start : s.end].startswith(line))
    assert kind == "byline"
