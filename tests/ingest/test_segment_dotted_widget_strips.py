"""A site's widget strip split by middle dots or bullets, a town's temperature among short pieces
that each hold a figure, is the site's bar over the page, never the headline under it."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "ISLAND DAILY NEWS\n"
    "{widget}\n"
    "Home | Politics | Business | Sport\n"
    "Harbour authority doubles berthing fees for cruise ships\n"
    "Posted Monday 3 March 2025, 9:10 am\n"
    "The port authority said on Monday that fees for large cruise ships would double from July,"
    " the first increase in nine years.\n"
)

WIDGETS = [
    "Apia 31°C · UV 12 · Sunset 18:47",
    "Nouméa 24°C · Humidity 70% · Sunrise 06:02",
    "Honiara 29°C • Wind 14 km/h • Tide 1.2 m",
    "Suva 27°C · Rain 40%",
]


@pytest.mark.parametrize("widget", WIDGETS)
def test_a_dotted_widget_strip_is_no_headline(widget: str) -> None:
    page = PAGE.format(widget=widget)
    assert segment_text(page).title == "Harbour authority doubles berthing fees for cruise ships"
    assert kind_of(page, widget) != "body"
