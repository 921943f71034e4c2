"""One-line strips of other stories under a label ('Most listened: A · B', 'From the archive ·
5 years ago: X', 'More columns online: A · B'), a sister titles' box, and a video still's caption
are not the page's body."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "RIVER VALLEY NEWS · the county's daily\n"
    "News | Sport | Business | Opinion | Letters\n"
    "Home › News\n"
    "Bridge repairs to close the main road for six weeks\n"
    "By Tomas Reyes · 4 May 2026\n"
    "The county will close the main road over the river for six weeks from 1 June while workers"
    " replace the bridge's deck, at a cost of $2.4 million, the roads office said on Monday.\n"
    "Buses will run on the old mill road, adding about 15 minutes to each trip, and the county"
    " will pay for a shuttle for the 300 pupils of the valley school.\n"
)


@pytest.mark.parametrize(
    "strip",
    [
        "Most listened: Mayor on the flood plan (8,400 plays) · Farm show returns (2,100 plays)",
        "FROM THE ARCHIVE · 5 years ago: Flood cuts the valley road for 9 days",
        "More columns online: Why the ferry matters · A year of the new market · 30 years on",
        "[Video still] Workers lift the old deck off the bridge on Sunday.",
    ],
)
def test_a_labelled_strip_of_other_stories_is_not_body(strip: str) -> None:
    page = TOP + strip + "\n© 2026 River Valley News\n"
    assert kind_of(page, strip, dt.date(2026, 12, 1)) not in ("body", "title")


def test_a_sister_titles_box_is_not_body() -> None:
    teaser = "Farm Weekly: Milk prices fall 4% in April · Dairy Today: 12 farms close"
    page = TOP + "FROM OUR SISTER TITLES\n" + teaser + "\n© 2026 River Valley News\n"
    assert kind_of(page, teaser, dt.date(2026, 12, 1)) not in ("body", "title")
