"""A marketplace sets its other offers under a label at the foot of a listing ('Similar
listings', 'More lots from this seller'): other items' headlines, never the listing's text, on
a page set with blank lines or without them."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

LISTING = (
    "Harbour Auctions · Public sales        Browse  Sell  Sign in\n"
    "Customs sale: seized cargo from the Mira Star (9 lots)\n"
    "Customs officers seized the cargo in March 2025 after finding 2,000 undeclared phones in the"
    " hold of the coaster, and the court ordered it forfeited in May.\n"
    "Viewing is on Saturday 4 April, and buyers must collect their lots within five working"
    " days of the sale.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "SIMILAR LISTINGS",
        "More lots from this seller",
        "Other auctions near you",
        "Similar vehicles",
    ],
)
@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_listings_other_offers_are_related(label: str, gap: str) -> None:
    page = (
        LISTING
        + gap
        + label
        + "\n• Seized van, 2019, 80,000 km — closes 9 April\n• Tender: two forfeited flats in Napier\n"
    )
    assert kind_of(page, "Seized van") == "related"
    assert kind_of(page, "buyers must collect") == "body"
