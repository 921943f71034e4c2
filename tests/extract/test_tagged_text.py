"""A page saved with XML, SSML or HTML-like tags inline: the tags are blanked (claims.ingest.markup)
and the gaps they leave close up for the parser, so the figures and days between tags are found,
while every span still indexes the page as saved (span_text == text[span_start:span_end])."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.extract.rejoin import on_page, squeezed
from claims.ingest.markup import plain_text
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
    f"The owner put the loss at <prosody rate=\"slow\">{SAY.format('1200000')}</prosody> dollars.": (
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
