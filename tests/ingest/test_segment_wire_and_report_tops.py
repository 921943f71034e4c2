"""Lines over a headline that are the page's furniture, however long: a wire's slug with its
version ('BC-Fiji-Fuel-Prices, 2nd Ld-Writethru') and its note to editors ('Eds: ...'), a
release's source field ('Source: ...'), a site's note of who runs it ('Operated under licence
· ...'), a report's restricted-use note with its disclaimer, and a report's name with its number
set again alone under it. A byline that opens on its kind ('REPORT BY ...') dates the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY

HEADLINE = "Regulator fines two ferry operators over late sailings"
LEAD = (
    "The transport regulator fined two ferry operators a total of $380,000 on Monday after a"
    " review found that 1,200 sailings had left more than an hour late last year.\n"
    "Both operators said they would pay, and one has already added a ship to its fleet.\n"
)


@pytest.mark.parametrize(
    "slug",
    [
        "BC-Fiji-Ferries-Fines, 2nd Ld-Writethru",
        "BC-Pacific-Shipping-Regulator",
        "AP-Tonga-Ports-Fines, 1st Ld",
        "BC-NZ--Ferry-Fines, Advisory",
    ],
)
def test_a_wire_slug_and_its_editors_note_are_no_headline(slug: str) -> None:
    page = (
        "PACIFIC WIRE — Islands desk\n" + slug + "\n"
        "Eds: UPDATES with the operators' reaction in paragraph 3. Moved at 0910 GMT.\n"
        "Word count: 640\n" + HEADLINE + "\nBy Sione Tupou\n" + LEAD
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "note",
    [
        "Source: Maritime Safety Office / Ports Authority",
        "Operated under concession · Timetables are published by the harbour board's office",
        "Run by the Harbour Trust · Sailing data comes from the operators",
        "For the use of members only. Figures as reported. No liability accepted.",
    ],
)
def test_a_source_operator_or_use_note_is_no_headline(note: str) -> None:
    page = "HARBOUR BOARD · Notices\n" + note + "\nRelease time: 2026-05-04 10:40\n"
    assert segment_text(page + HEADLINE + "\n" + LEAD, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "bar",
    [
        "Ferry Operations in the Pacific — Weekly, 4 May 2026 · Report no. 18/26",
        "Ferry Operations in the Pacific — Weekly, 4 May 2026 · No. 18/26",
        "Ferry Operations in the Pacific — Weekly, 4 May 2026 | Issue 18",
        "Ferry Operations in the Pacific — Weekly, 4 May 2026 · Report number 2026-18",
    ],
)
def test_a_report_name_with_its_number_gives_way_to_its_name_alone(bar: str) -> None:
    name = "Ferry Operations in the Pacific — Weekly, 4 May 2026"
    page = "ISLAND SHIPPING ANALYSTS · Auckland · Suva\n" + bar + "\n\n" + name + "\n"
    structure = segment_text(page + HEADLINE + "\n\nOVERVIEW\n" + LEAD, TODAY)
    assert structure.title == name
    assert structure.byline.published == dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    "byline",
    [
        "REPORT BY ANA TUILAGI ◆ 05.05.2026 ◆ Print edition p. 4",
        "Story by Ana Tuilagi | 05.05.2026",
        "Analysis by Ana Tuilagi · 5 May 2026 · 6 min read",
        "TEXT BY ANA TUILAGI ◆ 5 May 2026",
    ],
)
def test_a_byline_opening_on_its_kind_dates_the_page(byline: str) -> None:
    page = "FERRY WORLD\n" + HEADLINE + "\n" + byline + "\n" + LEAD
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 5, 5)
