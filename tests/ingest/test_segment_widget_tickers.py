"""A site's weather or rates widget with a breaking ticker set beside it on one line, over the
menu and the page's own headline: the strip is page furniture, the headline under it the title."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

UNDER = (
    "News | Business | Sport | Opinion\n"
    "Home › News › Weather\n"
    "Reservoirs fall to record lows as island rations water\n"
    "Posted July 3, 2026 at 7:10 am by Ana Lima · 12 Comments\n"
    "The island's two reservoirs held 18% of their capacity on Thursday, the utility said, the"
    " lowest reading since records began in 1990.\n"
)


@pytest.mark.parametrize(
    "strip",
    [
        "Hamilton 29°C · Humidity 81% · Sunset 8:02pm | BREAKING: Ferry service suspended to Monday",
        "Kingston 33°C · UV 9 | BREAKING: Airport road closed after crash",
        "Suva 27°C · Wind 18 km/h · Tide 1.4 m | Breaking news: Cabinet meets on fuel prices",
        "USD 1.35 · Gold $2,410 | JUST IN: Port workers call off strike",
    ],
)
def test_a_widget_strip_with_a_ticker_is_no_headline(strip: str) -> None:
    page = f"COASTAL DAILY\n{strip}\n{UNDER}"
    assert segment_text(page).title == "Reservoirs fall to record lows as island rations water"
    assert kind_of(page, strip) not in ("body", "title")


def test_a_headline_that_names_a_temperature_stays_the_headline() -> None:
    page = "COASTAL DAILY\nHeat hits 41°C as schools close early\n" + UNDER.split("\n", 3)[3]
    assert segment_text(page).title == "Heat hits 41°C as schools close early"
