"""Bylines, stamps and dated lines around the story are metadata, and the ones that carry a
date fill the page's publication date; a body sentence that merely starts with 'By' is body."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, HEAD, TANKERS_BODY, TANKERS_HEAD, TODAY, kind_of, kinds


def test_a_body_sentence_starting_with_by_is_not_a_byline() -> None:
    text = (
        "Headline of the story here\n\n"
        "By the end of the week, officials said, the ships had left the port.\n\nMore text.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Headline of the story here"
    assert [k for k, _ in kinds(text)] == ["title", "body"]


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ("date 2025-03-12", "2025-03-12"),
        ("Last updated: 14.03.2025 09:12", "2025-03-14"),
        ("Published on 4 April 2025 | Last updated: 06.04.2025 14:05", "2025-04-04"),
        ("Input : 2024-01-12 14:05 | Updated : 2024-01-13 16:20", "2024-01-12"),
        ("Press release | Ministry of Trade | 21.03.2025", "2025-03-21"),
        ("Monday, 24 February 2025, 5:12 pm", "2025-02-24"),
    ],
)
def test_a_metadata_line_is_byline_and_gives_the_publication_date(
    meta: str, published: str
) -> None:
    text = (
        f"HARBOUR GAZETTE\nHome | Ports | Opinion\n\nDockers strike over pay at three grain terminals\n"
        f"{meta}\nBy Lars Berg\n\nThe strike began on Monday, the union said.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Dockers strike over pay at three grain terminals"
    assert str(structure.byline.published) == published
    assert ("byline", meta) in kinds(text) or ("byline", f"{meta}\nBy Lars Berg") in kinds(text)
    assert kinds(text)[-1] == ("body", "The strike began on Monday, the union said.")


def test_a_metadata_line_above_the_headline_still_dates_the_page() -> None:
    text = "date 2024-10-02\nTHE LEDGER\n\nRefinery fire halts fuel exports from the port\n\nBy A. Roe\n\nFire crews worked overnight.\n"
    structure = segment_text(text)
    assert str(structure.byline.published) == "2024-10-02"
    assert structure.title == "Refinery fire halts fuel exports from the port"
    assert kinds(text)[0][0] == "boilerplate"


def test_a_relative_update_stamp_does_not_hide_the_dated_byline() -> None:
    text = (
        "LIVE\nFloods live: rivers burst their banks across the south\nUpdated 2 hours ago\n"
        "By Mia Holt | Southern Post | June 3, 2025\n\n10:05\nRain fell all night.\n"
    )
    structure = segment_text(text)
    assert str(structure.byline.published) == "2025-06-03"
    assert structure.byline.authors == ["Mia Holt"]
    assert [k for k, _ in kinds(text)] == ["boilerplate", "title", "byline", "boilerplate", "body"]


@pytest.mark.parametrize(
    "stamp",
    ["Posted 13/03/2025", "March 13th, 2025", "Last modified on Thu 13 Mar 2025 14.05 GMT"],
)
def test_stamp_lines_are_metadata_that_fill_published(stamp: str) -> None:
    page = (
        f"Navy seizes three tankers off the coast\n{stamp}\nThe navy seized 3 tankers on Monday.\n"
    )
    structure = segment_text(page)
    kinds = {page[s.start : s.end].strip(): s.kind for s in structure.segments}
    assert kinds[stamp] == "byline"
    assert structure.byline.published == dt.date(2025, 3, 13)


@pytest.mark.parametrize(
    "stamp",
    [
        "Published 14.02.2025 | Last updated 15.02.2025",
        "Posted: 3 March 2025 | Updated: 4 March 2025",
        "Last updated 2025-03-04",
        "Published on March 3, 2025 · Updated March 4, 2025",
    ],
)
def test_a_date_stamp_at_the_foot_of_a_page_is_metadata(stamp: str) -> None:
    page = f"{TANKERS_HEAD}{TANKERS_BODY * 8}Contact: press office\n\n{stamp}\n"
    assert kind_of(page, stamp) not in ("body", "title")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Report date: Monday 3 March 2025", dt.date(2025, 3, 3)),
        ("Bulletin date: 14 May 2024", dt.date(2024, 5, 14)),
        ("Date of report: 9 June 2025", dt.date(2025, 6, 9)),
        ("Vienna, 21.10.2025 - Federal Ministry of Finance", dt.date(2025, 10, 21)),
        ("Canberra, 2 April 2024 — Department of Foreign Affairs", dt.date(2024, 4, 2)),
    ],
)
def test_a_dated_line_under_the_headline_is_metadata(line: str, published: dt.date) -> None:
    page = f"{HEAD}{line}\n\n{ABOVE}"
    structure = segment_text(page)
    assert kind_of(page, line) == "byline"
    assert structure.byline.published == published


@pytest.mark.parametrize(
    "stamp",
    ["Last modification 14.03.2025", "Modification date: 02.11.2024", "Revision 3 June 2025"],
)
def test_a_modification_stamp_at_the_foot_is_metadata(stamp: str) -> None:
    page = f"{HEAD}{ABOVE}{stamp}\n"
    assert kind_of(page, stamp) == "byline"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("April 2, 2025 7:40 AM EDT Updated 3 hours ago", dt.date(2025, 4, 2)),
        ("9 October 2024 14:05 BST, updated 25 minutes ago", dt.date(2024, 10, 9)),
        ("Tuesday 3 June 2025 Last updated an hour ago", dt.date(2025, 6, 3)),
        ("Nov. 18, 2024 at 6:15 p.m. EST Edited 2 days ago", dt.date(2024, 11, 18)),
    ],
)
def test_a_stamp_with_a_relative_revision_note_is_metadata(line: str, expected: dt.date) -> None:
    page = (
        "Port authority bans two tankers after oil spill\n"
        "By Lena Ortiz\n"
        f"{line}\n\n"
        "The port authority said on Monday it had barred two tankers from its berths after"
        " about 40 tonnes of fuel oil leaked into the harbour.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.byline.published == expected
    assert kind_of(page, line, TODAY) == "byline"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published on 4 March 2024 | Media release | Ministry of Trade", dt.date(2024, 3, 4)),
        ("Posted 11.02.2025 · News · Defence", dt.date(2025, 2, 11)),
        ("Updated: 9 October 2024 | Statement | Treasury", dt.date(2024, 10, 9)),
        ("First published 2 May 2025 | Speech", dt.date(2025, 5, 2)),
    ],
)
def test_a_stamp_line_under_the_lead_dates_the_page(line: str, expected: dt.date) -> None:
    page = (
        "Government widens export ban on drone parts\n\n"
        "The government on Tuesday widened its ban on exports of drone engines and flight"
        " controllers to cover 14 more products, the trade ministry said in a statement.\n\n"
        f"{line}\n\n"
        "Exporters who break the ban face fines of up to 500,000 euros.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.byline.published == expected
    assert kind_of(page, line, TODAY) == "byline"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Bern, 14.03.2025 - The department today widened the list by 12 firms.", (2025, 3, 14)),
        ("Vaduz, 2 June 2024 – The government adopted the new measures today.", (2024, 6, 2)),
        (
            "Wellington, March 9, 2025 - The minister announced travel bans on 8 people.",
            (2025, 3, 9),
        ),
        ("Ottawa, 2024-11-21 — Canada today imposed sanctions on four companies.", (2024, 11, 21)),
    ],
)
def test_a_press_release_dated_lead_gives_the_publication_date(
    lead: str, expected: tuple[int, int, int]
) -> None:
    page = f"Ministry widens sanctions list\n\n{lead}\n\nThe measures take effect at once.\n"
    assert segment_text(page, TODAY).byline.published == dt.date(*expected)


@pytest.mark.parametrize(
    "line",
    [
        "Analyst: Jonas Berg, Oslo",
        "Lead analyst: Mira Koh",
        "Author: Tomas Ruiz",
        "Correspondent: Aiko Sato, Tokyo",
    ],
)
def test_an_analyst_or_author_line_under_the_headline_is_metadata(line: str) -> None:
    page = f"Wheat exports slow as Black Sea freight rates climb\n{line}\n\n{ABOVE}"
    assert kind_of(page, line, TODAY) == "byline"


@pytest.mark.parametrize(
    ("stamp", "prose", "expected"),
    [
        ("Report date: 06/03/2025", "Prices peaked on 18 February.", dt.date(2025, 3, 6)),
        ("Report date: 06/03/2025", "Prices peaked on February 18.", dt.date(2025, 6, 3)),
        (
            "Published: 04/11/2024",
            "Talks ended on 30 October and resume on 9 November.",
            dt.date(2024, 11, 4),
        ),
        ("Published: 04/11/2024", "Talks ended Oct. 30 and resume Nov. 9.", dt.date(2024, 4, 11)),
    ],
)
def test_a_numeric_stamp_is_read_in_the_order_the_page_writes_dates(
    stamp: str, prose: str, expected: dt.date
) -> None:
    page = f"Wheat exports slow as Black Sea freight rates climb\n{stamp}\n\n{prose}\n"
    assert segment_text(page, TODAY).byline.published == expected
