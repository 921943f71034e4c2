"""Page tops and boxes of page styles first read in round 43: a labelled path ('You are reading:
Energy / Mining'), a paywall's counter of free articles, a skip link, a strip of labels in
capitals over the headline, an archive's path of category codes, a link to the page in another
language, a bilingual release label with a coded number over a placed dateline with a note, a
database page's refresh stamp, a dated history of rows set with a dot, a slider's pointer labels
and a list label naming other items of the same kind."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
HEADLINE = "Coastal councils approve a joint levy on cruise passengers"
LEAD = (
    "Four coastal councils agreed on Monday to charge cruise passengers a levy of 6 dollars each"
    " from next April, expecting to raise about 2.1 million dollars a year for harbour repairs.\n\n"
)
MORE = (
    "The levy will be reviewed after two seasons, and councillors said half of the money would go"
    " to the breakwater at the northern quay.\n"
)


def page(top: str, under: str = "") -> str:
    return f"{top}\n\n{HEADLINE}\n\n{under}{LEAD}{MORE}"


@pytest.mark.parametrize(
    "path",
    [
        "You are reading: Councils / Tourism",
        "You're reading: Money / Ports / Levies",
        "Now reading: Regions / Coast",
        "You are in: Local government / Harbours",
    ],
)
def test_a_labelled_path_is_no_headline(path: str) -> None:
    text = page(f"THE QUAYSIDE COURIER\nNews   Business   Sport\n{path}")
    assert segment_text(text, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "counter",
    [
        "🔒 Club pass holders skip the meter  ·  4 of 6 complimentary articles viewed",
        "Only 2 complimentary reads remaining this week  |  Log in",
        "Guest access  ·  1 out of 4 free pieces read",
        "Only two free articles remaining  ·  Join today",
    ],
)
def test_a_paywall_counter_is_furniture(counter: str) -> None:
    text = page(f"THE QUAYSIDE COURIER\nNews   Business   Sport\n{counter}")
    structure = segment_text(text, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(text, counter, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "top",
    [
        "Skip to article ↓\nTHE QUAYSIDE COURIER",
        "Skip to main content\nTHE QUAYSIDE COURIER",
        "PHOTO ESSAY  ·  COAST  ·  Best read on a large screen.",
        "LONG READ · TOURISM · Sound on for the audio clips",
        "Archive > news > news.local > Archive:2026.0311",
        "Este documento en español →\nTHE QUAYSIDE COURIER",
        "Read this report in French →\nTHE QUAYSIDE COURIER",
        "Version française\nTHE QUAYSIDE COURIER",
    ],
)
def test_lines_of_the_page_top_give_way_to_the_headline(top: str) -> None:
    assert segment_text(page(top), TODAY).title == HEADLINE


@pytest.mark.parametrize(
    ("label", "dateline", "day"),
    [
        (
            "PRESS NOTE / NOTE DE PRESSE  No. HRB-PN-014/2026",
            "Port Louis, 4 March 2026  ·  Courtesy translation; the French text prevails.",
            dt.date(2026, 3, 4),
        ),
        (
            "MEDIA ADVISORY  No. CC-MA-7/2025",
            "Lima, 18 November 2025 | Issued in Spanish and English.",
            dt.date(2025, 11, 18),
        ),
        (
            "NOTICE TO MARINERS / AVIS AUX NAVIGATEURS  No. 22/2026",
            "Saint John, 2 February 2026 · Unofficial English summary.",
            dt.date(2026, 2, 2),
        ),
    ],
)
def test_a_numbered_release_over_its_placed_dateline_gives_way_to_the_headline(
    label: str, dateline: str, day: dt.date
) -> None:
    text = page(f"HARBOUR BOARD\nHome > Media > Notes\n{label}\n{dateline}")
    structure = segment_text(text, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (
            "Page last refreshed: 21/04/2026 07:50 AST  ·  Data source: Clerk's Office",
            (2026, 4, 21),
        ),
        ("Data last synced: 3 March 2026 10:40", (2026, 3, 3)),
        ("Record updated: 12 January 2026 · Source: Registry", (2026, 1, 12)),
    ],
)
def test_a_database_pages_refresh_stamp_gives_its_day(
    stamp: str, day: tuple[int, int, int]
) -> None:
    text = page(f"COUNCIL RECORDS SYSTEM\nHome › Records › Levies\n[Print]  [Share]\n{stamp}")
    structure = segment_text(text, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == dt.date(*day)


HISTORY = (
    "LEVY HISTORY\n"
    "02/09/2025 · Proposed by the finance committee\n"
    "14/10/2025 · Public consultation opened for 30 days\n"
    "19/01/2026 • Approved by three of the four councils\n"
    "09/02/2026 · Approved by the fourth council\n\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "02/09/2025 · Proposed by the finance committee",
        "14/10/2025 · Public consultation opened",
        "19/01/2026 • Approved by three",
        "09/02/2026 · Approved by the fourth",
    ],
)
def test_a_history_of_rows_set_with_a_dot_is_the_pages_own(row: str) -> None:
    text = page("THE QUAYSIDE COURIER", LEAD + HISTORY)
    assert kind_of(text, row, TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    [
        "▲ The northern quay, 1995",
        "△ Breakwater after the storm of 2019",
        "↑ Cruise berth under construction",
    ],
)
def test_a_pointer_label_under_a_picture_is_a_caption_and_the_text_under_it_body(
    label: str,
) -> None:
    box = f"[Slider: drag to compare ◀ then | now ▶]\n{label}\n{MORE}\n"
    text = page("THE QUAYSIDE COURIER", LEAD + box)
    assert kind_of(text, label, TODAY) == "caption"
    assert kind_of(text, "The levy will be reviewed", TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    [
        "Earlier circulars",
        "Related notes (this unit)",
        "Earlier notes in this series",
        "Past bulletins",
    ],
)
def test_a_label_naming_other_items_of_the_kind_opens_teasers(label: str) -> None:
    teasers = (
        f"\n{label}\n· HB-12/2026 (02/02/2026) — Council fines ferry operator over fuel spill\n"
        "· HB-11/2026 (19/01/2026) — Marina fees up 9% to 412 dollars\n"
    )
    text = page("THE QUAYSIDE COURIER") + teasers
    assert kind_of(text, "Marina fees up 9%", TODAY) == "related"


RECORD = (
    "Quay Papers  ·  Open archive of harbour studies\n"
    "Quay Papers > harb > harb.fin > QP:2026.00412\n"
    "[Submitted on 5 Feb 2026 (v1), last revised 11 Feb 2026 (this version, v2)]\n\n"
    f"{HEADLINE}\n\n"
    "Ana Ruiz, Tomas Berg\n\n"
    f"Abstract: {LEAD}"
    "{fields}\n\n"
    f"{MORE}\n"
)


@pytest.mark.parametrize(
    "field",
    [
        "Comments: 31 pages, 4 figures, 2 tables. Replaces an earlier draft.",
        "Subjects: Harbour Finance (harb.fin); Regional Economics (econ.RE)",
        "JEL codes: H71, R42",
        "Cite as: QP:2026.00412 [harb.fin]",
        "Version history",
        "From: Ana Ruiz [view email]",
        "[v1] Thu, 5 Feb 2026 10:02:11 UTC (912 KB)",
        "[v2] Wed, 11 Feb 2026 08:40:55 UTC (930 KB)",
        "Full-text links: Download PDF · Other formats",
        "Current browse context: harb.fin  < prev | next >  new | recent | 2026-02",
        "References & Citations: 5 citations",
        "[PDF] Working paper (31 pp.)  ·  [PDF] Data appendix (12 pp.)",
        "Co-authors: 14 (view list)",
        "Applicable criteria: Port Rating Criteria (pub. 3 Mar 2025) · Levy Criteria (pub. 9 Jun 2024)",
        "KT/abc/mn  09:40  03-02-2026",
    ],
)
def test_a_record_pages_fields_are_furniture(field: str) -> None:
    text = RECORD.format(fields=field)
    structure = segment_text(text, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(text, field, TODAY) == "boilerplate"
    assert kind_of(text, "The levy will be reviewed", TODAY) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "km/h",
        "TB/year",
        "Rates rose 5 and/or 6 points in May.",
        "Subject: RE: Port levy - figures for the board",  # a mail's subject, no record's codes
    ],
)
def test_a_line_of_the_story_is_no_record_field(line: str) -> None:
    from claims.ingest.furniture import is_

    assert not is_("boilerplate", line)
