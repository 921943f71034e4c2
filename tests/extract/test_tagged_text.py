"""A page saved with XML, SSML or HTML-like tags inline: the tags are blanked (claims.ingest.markup)
and the gaps they leave close up for the parser, so the figures and days between tags are found,
while every span still indexes the page as saved (span_text == text[span_start:span_end])."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.extract.rejoin import on_page, squeezed
from claims.ingest.markup import plain_text, spoken_forms
from tests.extract.stories import page_rows

SAY = '<say-as interpret-as="cardinal">{}</say-as>'

PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<digest station="Valley Radio" items="2">
<title>Noon Digest — Thursday 9 April 2026</title>
<item id="n-1">
<title>Grain silo fire contained</title>
<speak>
<p><s>{sentence}</s><break time="300ms"/></p>
<p><s>Firefighters from <emphasis level="moderate">three</emphasis> towns stayed on site overnight.</s></p>
</speak>
</item>
<item id="n-2">
<title>Bridge works</title>
<speak>
<p><s>The river bridge will close on <say-as interpret-as="date" format="dmy">14-04-2026</say-as> for repairs.</s></p>
</speak>
</item>
</digest>
"""

SENTENCES = {
    f"The fire destroyed more than {SAY.format('2400')} tonnes of wheat on Tuesday.": 2400,
    f"Crews pumped about {SAY.format('900')} cubic metres of water into the silo.": 900,
    f'The owner put the loss at <prosody rate="slow">{SAY.format("1200000")}</prosody> dollars.': (
        1_200_000
    ),
    f"Some {SAY.format('35')} workers were sent home while the site was checked.": 35,
}


def test_gaps_of_blanked_tags_close_up_and_offsets_map_back() -> None:
    page = PAGE.format(sentence=next(iter(SENTENCES)))
    read = plain_text(page).replace("\n", " ")
    parsed, shifts = squeezed(page, read)
    assert len(parsed) == len(page)
    assert "more than 2400 tonnes of wheat" in parsed
    for m in re.finditer(r"\S+", parsed):
        start, end = on_page(shifts, m.start()), on_page(shifts, m.end())
        assert page[start:end] == m.group()


def test_a_gap_the_page_left_as_spaces_stays() -> None:
    page = "Rates   1.5%   2.0%   across three years"
    assert squeezed(page, page) == (page, ())


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_figure_between_tags_is_found_on_the_page(tmp_path: Path, sentence: str) -> None:
    text = PAGE.format(sentence=sentence)
    value = SENTENCES[sentence]
    rows = [r for r in page_rows(tmp_path, text, "quantity") if r["quantity_value"] == value]
    assert rows, "the figure between tags is found"
    row = rows[0]
    assert text[row["span_start"] : row["span_end"]] == row["span_text"]
    assert str(value) in row["span_text"]
    assert text[row["sentence_start"] : row["sentence_end"]] == row["sentence"]


DATE = '<say-as interpret-as="date" format="{}">{}</say-as>'
DAYS = {
    f"The levy took effect on {DATE.format('dm', '14-03')} after a long delay.": (
        "2026-03-14",
        "2026-03-14",
    ),
    f"Tolls were last raised in {DATE.format('my', '07-2023')}, the council said.": (
        "2023-07-01",
        "2023-07-31",
    ),
    f"The mill shut on {DATE.format('dmy', '02.11.2025')} and has not reopened.": (
        "2025-11-02",
        "2025-11-02",
    ),
    f"Shipments resumed on {DATE.format('md', '01/19')} under the new rules.": (
        "2026-01-19",
        "2026-01-19",
    ),
}


@pytest.mark.parametrize("sentence", DAYS)
def test_a_say_as_date_is_read_by_its_format(tmp_path: Path, sentence: str) -> None:
    text = PAGE.format(sentence=sentence)
    start, end = DAYS[sentence]
    rows = [r for r in page_rows(tmp_path, text, "date") if str(r["date_start"]) == start]
    assert rows, "the day in its say-as element is found"
    [row] = rows
    assert str(row["date_end"]) == end
    assert text[row["span_start"] : row["span_end"]] == row["span_text"]
    element = sentence.split("<say-as", 1)[1].split("</say-as>", 1)[0].split(">", 1)[1]
    assert element in row["span_text"]


@pytest.mark.parametrize(
    ("amount", "value", "unit"),
    [
        ("EUR4500000", 4_500_000, "EUR"),
        ("GBP 72000", 72_000, "GBP"),
        ("JPY1200000000", 1.2e9, "JPY"),
    ],
)
def test_a_say_as_currency_is_read_as_its_code_and_amount(
    tmp_path: Path, amount: str, value: float, unit: str
) -> None:
    sentence = (
        "The contract is worth "
        f'<say-as interpret-as="currency">{amount}</say-as>, the port board said.'
    )
    text = PAGE.format(sentence=sentence)
    rows = [r for r in page_rows(tmp_path, text, "quantity") if r["quantity_value"] == value]
    assert rows, "the amount is found"
    assert rows[0]["quantity_unit"] == unit
    assert text[rows[0]["span_start"] : rows[0]["span_end"]] == rows[0]["span_text"]


def test_a_say_as_date_that_does_not_fit_its_format_is_left_as_it_is() -> None:
    text = PAGE.format(sentence=f"Work ends on {DATE.format('dm', '14-13')} or later.")
    pieces = [(text[s:e], read) for s, e, read in spoken_forms(text)]
    assert pieces == [("14-04-2026", "14 April 2026")]  # the bridge's day; not month 13
