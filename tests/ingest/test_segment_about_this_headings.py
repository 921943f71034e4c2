"""'About this sale', 'About this listing': a heading over the page's own subject (the lot on
offer, the report, the tender), its lines the page's text; only a note about the publisher
('About us', 'About the Authority') is its boilerplate. Pages set one paragraph a line with no
blank line keep the heading and everything under it in one block, so the heading must not take it."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "Harbour Auctions · Public sales        Browse  Sell  Sign in\n"
    "Home › Public sellers › Customs › Listing #C-88-1021\n"
    "Customs sale: seized cargo from the Mira Star (9 lots)\n"
)
TAIL = (
    "LOTS\n"
    "LOT 1 · 40 ft container of tiles · Current bid $8,200\n"
    "Harbour Auctions Ltd · Terms · Privacy\n"
)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "ABOUT THIS SALE",
            "Customs officers seized the cargo in March 2025 after finding 2,000 undeclared"
            " phones in the hold of the coaster.",
        ),
        (
            "About this listing",
            "The vessel's owner was fined $90,000 last year, and the court ordered the cargo"
            " forfeited on 4 June.",
        ),
        (
            "About these lots",
            "Inspectors will have frozen the shipper's two accounts by the time the lots close,"
            " the agency says.",
        ),
        (
            "About This Auction",
            "The goods were held for 14 months while the importer's appeal was heard and"
            " rejected by the tribunal.",
        ),
    ],
)
def test_about_this_heads_the_page_s_own_text(heading: str, paragraph: str) -> None:
    page = TOP + heading + "\n" + paragraph + "\n" + TAIL
    assert kind_of(page, paragraph[:30]) == "body"


def test_about_the_publisher_is_still_its_note() -> None:
    page = (
        "Port authority fines two coasters\n\n"
        "The port authority fined two coasters a total of $40,000 on Monday for dumping ballast.\n\n"
        "About the Authority\nThe Authority runs four ports and employs 900 people.\n"
    )
    assert kind_of(page, "runs four ports") == "boilerplate"
