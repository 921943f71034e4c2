"""A site's strip of weather and exchange rates over the headline is furniture, a rate's two sides
read as two of its pieces; a wire's bracketed exchange-rate note on a line of its own under the
story stays its text, as the gold of the dev sets reads it."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

STORY = "Port handles record grain volumes as harvest exports surge"
LEAD = (
    "The port handled 3.1 million tonnes of grain in the first half of the year, a record, its"
    " operator said on Tuesday, as exports of the new harvest picked up.\n"
)
TAIL = (
    "Shipments to North Africa made up almost half of the total, the operator said, and more"
    " berths will open next spring.\n"
)


@pytest.mark.parametrize(
    "strip",
    [
        "Split 24°C | Zagreb 18°C | EUR 1 = HRK 7.53",
        "Lagos 31°C | USD 1 = NGN 1,540",
        "Tbilisi 12°C | Batumi 16°C | 1 USD = 2.71 GEL",
        "Weather 19°C | GBP 1 = EUR 1.17 | Brent $81",
    ],
)
def test_a_weather_and_rate_strip_over_the_headline_is_furniture(strip: str) -> None:
    page = f"HARBOUR TIMES\n{strip}\nNews | Business | Sport\n\n{STORY}\n\n{LEAD}"
    assert segment_text(page).title == STORY
    assert kind_of(page, strip) == "boilerplate"


@pytest.mark.parametrize(
    "note",
    [
        "($1 = 0.9215 euros)",
        "(1 euro = 117.2 dinars)",
        "(£1 = $1.2710)",
        "($1 = 16,350 rupiah)",
    ],
)
def test_a_bracketed_rate_note_under_the_story_stays_its_text(note: str) -> None:
    page = f"{STORY}\n\n{LEAD}\n{TAIL}\n{note}\n(Reporting by Ana Ruiz; Editing by Tom Berg)\n"
    assert kind_of(page, note) == "body"
    assert kind_of(page, TAIL.strip()) == "body"


def test_a_sentence_that_converts_a_sum_stays_text() -> None:
    line = "The fee, 500 dinars (about 4.3 euros), is paid at the border."
    page = f"{STORY}\n\n{LEAD}\n{line}\n\n{TAIL}"
    assert kind_of(page, line) == "body"
