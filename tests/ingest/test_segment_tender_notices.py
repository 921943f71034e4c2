"""A tender notice: numbered clauses, each lot's figure after a dash ('Lot 2 – US$110,000') under
a clause's label, and a box of the board's other open tenders closing the page. The lots' rows are
the notice's own text, never a teaser's headline over its excerpt; the other tenders are teasers."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

NOTICE = (
    "NATIONAL ROADS AGENCY\n"
    "Procurement › Open Tenders\n"
    "INVITATION FOR BIDS: RESURFACING OF THE NORTHERN TRUNK ROAD\n"
    "Date of issue: March 2, 2026\n"
    "1. The agency invites sealed bids from eligible contractors for the resurfacing of 86 km of"
    " the northern trunk road, in two lots.\n"
    "2. Bid security:\n"
    "{rows}\n"
    "3. Bids must be delivered on or before April 14, 2026 at 10:00, and will be opened in public"
    " the same day.\n"
    "{box}\n"
    "• Supply of 14 road rollers – closes 03/30/2026\n"
    "• Design of two weighbridges – closes 04/06/2026\n"
)

ROWS = [
    "Lot 1 – US$95,000\nLot 2 – US$70,000",
    "Lot A — EUR 40,000\nLot B — EUR 25,000",
    "Northern section - 2%\nSouthern section - 1.5%",
    "Lot 1 – KES 4.2m\nLot 2 – KES 3.1m",
]
BOXES = ["OTHER OPEN TENDERS", "More procurement opportunities", "Other current tenders:"]


@pytest.mark.parametrize("rows", ROWS)
def test_a_lots_figure_after_a_dash_is_the_notices_text(rows: str) -> None:
    page = NOTICE.format(rows=rows, box=BOXES[0])
    for row in rows.splitlines():
        assert kind_of(page, row) == "body", row


@pytest.mark.parametrize("box", BOXES)
def test_the_boards_other_open_tenders_are_teasers(box: str) -> None:
    page = NOTICE.format(rows=ROWS[0], box=box)
    assert kind_of(page, "Supply of 14 road rollers") == "related"
    assert kind_of(page, "Design of two weighbridges") == "related"
    assert kind_of(page, "The agency invites sealed bids") == "body"


def test_a_teasers_headline_with_a_figure_after_a_dash_is_still_a_teaser() -> None:
    """A dash row holds an amount alone after a short label; a headline goes on in words."""
    page = (
        "Water board raises tariffs\n\n"
        "The board raised household tariffs by 6% on Monday, the first rise in four years.\n\n"
        "Port fees – 5 things importers need to know\n"
        "The new schedule takes effect in May and covers reefer boxes too.\n"
    )
    assert kind_of(page, "Port fees – 5 things importers need to know") == "related"
