"""Page structure families of round 5: a section heading inside the body is no teaser headline;
a report's own date line, a press release's dateline and a "Last modification" stamp are
metadata; chart captions, correction notes, "Next edition:" lines and an "Also from X" list are
not the story's body; a wire lead's first sentence runs past the full stop of "U.S."."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import dateline_published
from claims.ingest.segment import segment_text


def kind_of(page: str, line: str) -> str:
    structure = segment_text(page)
    at = page.index(line)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    return kind


HEAD = "Central bank holds its key rate as price growth slows\n\n"
ABOVE = (
    "The central bank kept its main lending rate at 9.5 percent on Wednesday, saying that price"
    " growth had slowed for a fourth month and that wages were rising more gently.\n\n"
)
BELOW = (
    "\n\nThe bank's board will meet again in six weeks, and most economists polled by the agency"
    " expect a first cut at that meeting if fuel prices stay low.\n"
)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "Wages and jobs",
            "Average pay rose 4.1 percent in the year, the slowest pace since 2021.",
        ),
        ("Outlook for the harvest", "Grain output is forecast at 61 million tonnes this year."),
        ("Exports under pressure", "Shipments of steel fell by a fifth in the third quarter."),
        ("Reserves and the currency", "Reserves stood at $14 billion at the end of September."),
    ],
)
def test_a_short_heading_between_body_paragraphs_is_body(heading: str, paragraph: str) -> None:
    page = f"{HEAD}{ABOVE}{heading}\n{paragraph}{BELOW}"
    assert kind_of(page, heading) == "body"
    assert kind_of(page, paragraph) == "body"


@pytest.mark.parametrize(
    "heading",
    [
        "3. Prices of services",
        "2. Measures against ships",
        "4.1 Method and coverage",
        "IV. Outlook",
    ],
)
def test_a_numbered_section_heading_is_body(heading: str) -> None:
    paragraph = "Fares for rail travel rose 6% in the month, more than in any month since 2019."
    page = f"{HEAD}{ABOVE}{heading}\n{paragraph}\n\nContact us\n"
    assert kind_of(page, paragraph) == "body"


@pytest.mark.parametrize(
    "teaser",
    [
        "Port workers walk out for a second day over unpaid overtime\n"
        "Unions say the strike could spread to three more terminals.",
        "Drought pushes wheat prices to a two-year high in the south\n"
        "Farmers have cut their planting plans for next season.",
    ],
)
def test_another_storys_headline_between_paragraphs_stays_a_teaser(teaser: str) -> None:
    page = f"{HEAD}{ABOVE}{teaser}{BELOW}"
    assert kind_of(page, teaser.splitlines()[1]) == "related"


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
    "line",
    [
        "Chart 2: Monthly exports, Jan 2022 - June 2024 (source: customs office)",
        "Figure 1. Rainfall against the ten-year average, 2015 vs 2025",
        "Map: Areas hit by the floods since 12 May",
        "Graphic: How the price cap works",
    ],
)
def test_a_chart_caption_is_a_caption(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n\n{BELOW}"
    assert kind_of(page, line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Correction, 4 June: An earlier version of this story gave the wrong tonnage.",
        "Clarification: This article has been changed to name the second lender.",
        "Editor's note: The minister's title was corrected on 9 May.",
        "Next edition: 16 October.",
    ],
)
def test_a_correction_note_or_next_edition_line_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "label", ["Also from Harbour Analytics", "More from the Tribune", "MORE FROM WIRE"]
)
def test_an_also_from_list_is_related(label: str) -> None:
    item = "Iron ore: Port stocks fell on 3 March"
    page = f"{HEAD}{ABOVE}{label}\nFreight: Rates ease for a third week\n{item}\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "WASHINGTON, Oct 8 (Wire) - The U.S. Treasury on Wednesday listed 12 shipping firms.",
            dt.date(2025, 10, 8),
        ),
        (
            "LONDON, May 2 (Wire) - Lt. Gen. Ross said on Friday the force would stay.",
            dt.date(2025, 5, 2),
        ),
        (
            "NEW YORK, Jan 9 (Wire) - Shares in J.P. Hale fell on Thursday after the U.N. report.",
            dt.date(2025, 1, 9),
        ),
    ],
)
def test_a_wire_lead_sentence_runs_past_abbreviations(lead: str, expected: dt.date) -> None:
    assert dateline_published(lead, dt.date(2026, 12, 1)) == expected


@pytest.mark.parametrize("label", ["READ MORE", "Read more", "Also read", "Related"])
def test_a_read_more_label_over_headlines_starts_a_teaser_list(label: str) -> None:
    item = "Steel output: record 2.1 million tonnes rolled in March"
    page = f"{HEAD}{ABOVE}{label}\nPort strike ends after two weeks\n{item}\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "The publisher does not accept liability for losses arising from this note. Next: 4 May.",
        "We do not accept any responsibility for decisions based on this report.",
        "Harbour Research cannot accept liability for errors in third-party data.",
    ],
)
def test_a_liability_disclaimer_is_boilerplate(line: str) -> None:
    page = f"{HEAD}{ABOVE}{line}\n"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home > Foreign Policy > Trade Measures > Press Releases",
        "Markets › Metals › Copper",
        "Home » News » World",
        "Home > Government > Sanctions",
    ],
)
def test_a_breadcrumb_with_arrows_above_the_headline_is_furniture(crumbs: str) -> None:
    page = f"{crumbs}\n\n{HEAD}{ABOVE}"
    structure = segment_text(page)
    assert kind_of(page, crumbs) == "boilerplate"
    assert structure.title == HEAD.strip()


LIVE_HEAD = "Flood talks in Geneva: live updates\nLast updated: Friday 14 March 2025 21:40 GMT\n\n"


@pytest.mark.parametrize(
    "entry",
    [
        "21:40\nThat's all from us tonight\nTalks resume on Saturday, an official said.",
        "19:05\nMediators report progress in the talks\nGaps have narrowed since Wednesday.",
        "08.15 GMT\nDelegations leave without a statement\nBoth sides left at 10pm.",
    ],
)
def test_a_live_entrys_headline_under_its_time_is_body(entry: str) -> None:
    page = f"{LIVE_HEAD}{entry}\n\nRelated: Aid convoys blocked for a third day\n"
    for line in entry.splitlines()[1:]:
        assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    "label", ["Key events", "KEY POINTS", "At a glance", "What we know so far"]
)
def test_a_live_pages_own_summary_is_body(label: str) -> None:
    point = "Negotiators to resume talks on Saturday"
    page = (
        f"{LIVE_HEAD}{label}\n{point}\nQatar says the gaps have narrowed\n\n21:40\nNo deal yet.\n"
    )
    assert kind_of(page, point) == "body"
