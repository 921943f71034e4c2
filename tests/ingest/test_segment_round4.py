"""Page furniture families met on government and analyst pages: a list of related releases with
their dates, a "Caption:" line, a live page's section heading for the day before, and a report's
masthead with its issue month. None of them is the article's body."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text


def kind_of(page: str, line: str) -> str:
    structure = segment_text(page)
    at = page.index(line)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    return kind


BODY = (
    "The ministry said on Monday that it had listed 12 more tankers, bringing the total to 140"
    " vessels, and that further steps would follow.\n\n"
)


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("Related releases", "Sanctions on Belarusian potash traders (12 January 2025)"),
        ("Related press releases", "- Minister visits Tallinn port (03.02.2024)"),
        ("More media releases", "Export controls on drone engines tightened (May 5, 2023)"),
        ("Related articles", "Ports brace for winter backlog (2 Dec 2024)"),
    ],
)
def test_a_related_release_list_is_no_body(label: str, item: str) -> None:
    page = f"Ministry adds 12 tankers to its list\n\n{BODY}{label}\n{item}\nAnother release title\n"
    assert kind_of(page, item) in ("related", "boilerplate")


@pytest.mark.parametrize(
    "line",
    [
        "Caption: Workers repair a substation near Odesa on Tuesday. (Harbour Post)",
        "Caption: A tanker waits off Fujairah in March.",
        "CAPTION: Firefighters at the depot on Sunday night",
        "caption: Soldiers unload shells at a rail yard, 2024",
    ],
)
def test_a_caption_line_is_a_caption(line: str) -> None:
    page = f"Ministry adds 12 tankers to its list\n\n{BODY}{line}\n\n{BODY}"
    assert kind_of(page, line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Yesterday's update",
        "Today's key events",
        "Yesterday’s live updates",
        "Earlier today's summary",
    ],
)
def test_a_live_page_section_heading_is_furniture(line: str) -> None:
    page = f"Live: port strikes\n\n{BODY}{line}\n{BODY}"
    assert kind_of(page, line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Baltic Energy Monitor | Monthly report | November 2025",
        "Grain Desk | Issue 14 | March 2024",
        "Freight Outlook · Quarterly review · Sept 2023",
        "Weekly brief | Jan. 2026",
    ],
)
def test_a_masthead_with_its_issue_month_is_no_headline(line: str) -> None:
    headline = "Russian oil export earnings slide to the lowest level since 2023"
    page = f"{line}\n\n{headline}\nPublished on 6 November 2025\n\n{BODY}"
    structure = segment_text(page)
    assert structure.title == headline
    assert kind_of(page, line) != "body"
