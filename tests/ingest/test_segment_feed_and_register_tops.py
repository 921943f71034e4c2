"""Furniture at the top and the foot of feeds, registers and transcripts: a wire's subject codes
over its headline, a list of the feed's other items or the page's earlier versions under their
label, an archive's week closing a breadcrumb, a register's stamp strip over its own headline and
an edition's name with its day over a transcript."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Port board raises container dues by 8% to pay for dredging"
LEAD = (
    "The port board raised its dues for container ships by 8% on Monday, citing the cost of"
    " dredging the outer channel, and said cruise ships would pay the same as last year.\n"
)


@pytest.mark.parametrize(
    "codes",
    [
        "Subjects: SHIPPING, PORTS, TARIFFS",
        "Topics: TRANSPORT/PORTS, ECONOMY",
        "Keywords: SHIPPING; DREDGING; VELA",
        "Categories: BUSINESS, MARITIME, PUBLIC FINANCE",
    ],
)
def test_a_wire_s_subject_codes_in_capitals_are_no_headline(codes: str) -> None:
    page = f"VELA NEWS SERVICE · English feed\n{codes}\n{HEADLINE}\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "label",
    [
        "OTHER ITEMS ON THE FEED",
        "More stories on the wire",
        "PREVIOUS VERSIONS OF THIS ADVICE",
        "Earlier revisions",
    ],
)
def test_a_label_of_other_items_or_earlier_versions_heads_related_lines(label: str) -> None:
    page = (
        f"{HEADLINE}\n{LEAD}{label}\n"
        "- Lake ferry fares rise 5% from June (1310 CET)\n"
        "- 12 March 2026: new crossing rules at the northern border\n"
    )
    assert kind_of(page, "Lake ferry fares rise 5%") == "related"
    assert kind_of(page, "12 March 2026: new crossing rules") == "related"


@pytest.mark.parametrize("period", ["2026-W17", "2026W09", "2025-Q4", "2026Q1"])
def test_an_archive_s_week_or_quarter_closes_a_breadcrumb(period: str) -> None:
    page = (
        f"Client area › Reports › Port dues › {period}\n"
        f"Port dues — weekly report — {period}\n{LEAD}"
    )
    assert segment_text(page, TODAY).title == f"Port dues — weekly report — {period}"


@pytest.mark.parametrize(
    ("strip", "expected"),
    [
        (
            "Register extract · batch 4 of 2026 · kept by the Tariff Section · extract date"
            " 12-05-2026 · entries are provisional",
            dt.date(2026, 5, 12),
        ),
        (
            "Delta ID PD-2026-W19 | Built 2026-05-08T06:00-03:00 | Coverage: notices of 1–7 May"
            " 2026 | Format: CSV",
            dt.date(2026, 5, 8),
        ),
        (
            "Board record · compiled by the secretariat · record date 3 June 2026 · subject to"
            " approval",
            dt.date(2026, 6, 3),
        ),
        ("List of dues · Page updated 14.04.2026 · Print this page", dt.date(2026, 4, 14)),
    ],
)
def test_a_register_s_stamp_strip_dates_the_page_and_is_no_headline(
    strip: str, expected: dt.date
) -> None:
    page = f"Port Office of Vela\n{strip}\n{HEADLINE}\n{LEAD}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == expected


@pytest.mark.parametrize(
    "heading",
    [
        "The Morning Papers — Wednesday 6 May 2026",
        "Evening Report – Friday 8 May 2026",
        "Harbour Hour — Monday 11 May 2026",
        "The Lake Desk - Tuesday 12 May 2026",
    ],
)
def test_an_edition_s_name_and_day_over_its_transcript_is_its_title(heading: str) -> None:
    page = (
        "VELA FM 101.7 · 99.1 PORTO\n"
        "▶ LISTEN LIVE   |   Shows   |   News   |   Podcasts\n"
        f"{heading}\n"
        "[06:40] ANA: Good morning, and the papers are full of the port today: the board has"
        " raised its container dues by 8% and blames the cost of dredging the outer channel.\n"
        "[06:41] TOM: And cruise ships pay the same as last year, the board says.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == heading
    day = heading.rsplit(" ", 4)[-4:]  # its weekday, day, month and year
    at = page.index(" ".join(day))
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    assert kind == "byline"  # the edition's day is its stamp, no event it reports
