"""A channel's or a chat's export saved as text: each post opens with its stamp and sender in
brackets on a line of its own ('[3.05.2026 14:10] Port Office:'), may be forwarded from another
account and closes with its view and share counts. The posts are the page's own text (a post's
headline line is no teaser of another story), the first post's opening line is the headline,
each header reads as its post's byline and the last post's day is the page's date."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

EXPORTS = [
    (
        "Coast Guard District 4 | Channel\n"
        "Chat export · 2 posts\n"
        "[11.03.2026 08:15] Coast Guard District 4:\n"
        "Fishing ban extended along the northern shelf\n"
        "The ban on trawling north of the cape will run for another 60 days, the district said.\n"
        "👁 5.1K · 🔁 88\n"
        "[13.03.2026 17:40] Coast Guard District 4:\n"
        "Forwarded from Ministry of Fisheries\n"
        "Two trawlers were fined a total of $48,000 for fishing inside the closed zone.\n"
        "👁 3.2K\n",
        "Fishing ban extended along the northern shelf",
        dt.date(2026, 3, 13),
    ),
    (
        "[14/09/2025 10:02] City Water:\n"
        "Boil-water notice lifted in three districts\n"
        "Tests on 41 samples found the supply safe, and the notice ended at noon.\n"
        "[15/09/2025 09:30] City Water:\n"
        "Repairs to the main under Station Road will take four more days.\n"
        "Forwarded from the mayor's office\n"
        "Residents can collect bottled water at two depots until Friday.\n",
        "Boil-water notice lifted in three districts",
        dt.date(2025, 9, 15),
    ),
    (
        "Exported messages · Grid Operator\n"
        "[20.01.2026 06:50] Grid Operator:\n"
        "Power restored to 92% of customers after the storm\n"
        "About 14,000 homes are still without power in the hill districts.\n"
        "👁 12K\n"
        "[20.01.2026 21:05] Grid Operator:\n"
        "Crews will work through the night on the last 3 feeder lines\n"
        "We expect to restore them by tomorrow evening.\n"
        "👁 9.9K · 🔁 140\n"
        "[21.01.2026 18:30] Grid Operator:\n"
        "Every customer is back on the grid.\n",
        "Power restored to 92% of customers after the storm",
        dt.date(2026, 1, 21),
    ),
    (
        "Tax Service news feed (exported)\n"
        "[05.06.2026 12:00] Tax Service:\n"
        "Filing deadline moved for small firms\n"
        "Firms with fewer than 20 staff may file their returns until 31 July.\n"
        "[06.06.2026 15:45] Tax Service:\n"
        "Forwarded from Finance Ministry\n"
        "Penalties of up to 5% of the tax due apply after the new deadline.\n"
        "👁 2.4K\n",
        "Filing deadline moved for small firms",
        dt.date(2026, 6, 6),
    ),
]


@pytest.mark.parametrize(("page", "headline", "day"), EXPORTS)
def test_an_export_of_posts_reads_its_posts_as_its_text(
    page: str, headline: str, day: dt.date
) -> None:
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == headline
    assert structure.byline.published == day
    posts = [line for line in page.splitlines() if line.startswith("[")]
    for header in posts:
        assert kind_of(page, header) in ("byline", "boilerplate")
    for line in page.splitlines():
        if line.startswith(("Forwarded", "👁")):
            assert kind_of(page, line) == "boilerplate"
    last_headers = page.index(posts[-1]) + len(posts[-1]) + 1
    last_text = next(x for x in page[last_headers:].splitlines() if not x.startswith("Forward"))
    assert kind_of(page, last_text) == "body"


def test_one_bracketed_stamp_and_sender_makes_no_export() -> None:
    page = (
        "Ferry fares rise for the summer\n"
        "[Updated 12.05.2026 09:10] Staff:\n"
        "Fares on the island routes will rise by 8% from June, the operator said.\n"
    )
    assert segment_text(page).title == "Ferry fares rise for the summer"
