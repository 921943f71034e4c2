"""Pages saved with XML, SSML or HTML-like tags inline in their text (a voice assistant's speech
markup, an export whose tags were kept). Every tag is blanked to spaces of its own length, so the
words and figures between tags read as running text while every offset still points into the
page as saved. An angle bracket that opens no tag ('<5%', 'a < b', '<ana@example.org>') stays."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.markup import plain_text, tagged_title
from claims.ingest.segment import segment_text
from claims.ingest.wrapping import reading_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)

SPEECH = """<?xml version="1.0" encoding="UTF-8"?>
<!-- audio digest feed, built automatically -->
<digest station="Coast FM" items="2">
<title>Evening Digest — Tuesday 14 October 2025</title>
<item id="d-1" updated="2025-10-14T18:02:00+01:00">
<title>Harbour dredging contract signed</title>
<speak>
<p><s>The port board signed a dredging contract worth <say-as interpret-as="cardinal">86</say-as> million dollars on <say-as interpret-as="date" format="dm">13-10</say-as>.</s><break time="300ms"/> <s>Work on the <emphasis level="strong">second</emphasis> berth starts in spring and should take <prosody rate="slow">about <say-as interpret-as="cardinal">18</say-as> months</prosody>.</s></p>
</speak>
</item>
<item id="d-2" updated="2025-10-14T18:04:00+01:00">
<title>Ferry fares frozen</title>
<speak>
<p><s>Island ferry fares will stay at <say-as interpret-as="cardinal">12</say-as> dollars through the winter timetable, the operator said.</s></p>
</speak>
</item>
</digest>
"""


def test_tags_are_blanked_to_spaces_of_their_length() -> None:
    plain = plain_text(SPEECH)
    assert len(plain) == len(SPEECH)
    assert plain.count("\n") == SPEECH.count("\n")
    assert "<" not in plain and ">" not in plain
    at = SPEECH.index("86</say-as>")
    assert plain[at : at + 2] == "86"
    words = " ".join(plain.split())
    assert "worth 86 million dollars on 13-10 ." in words
    assert "take about 18 months ." in words
    assert "the second berth" in words


def test_the_reading_text_keeps_offsets_into_the_page() -> None:
    read = reading_text(SPEECH)
    assert len(read) == len(SPEECH)
    at = SPEECH.index("12</say-as> dollars")
    assert read[at : at + 2] == "12"


def test_a_tagged_pages_first_title_element_is_its_title_and_names_its_day() -> None:
    assert tagged_title(SPEECH) == "Evening Digest — Tuesday 14 October 2025"
    structure = segment_text(SPEECH, TODAY)
    assert structure.title == "Evening Digest — Tuesday 14 October 2025"
    assert structure.byline.published == dt.date(2025, 10, 14)


@pytest.mark.parametrize(
    "line",
    ["The port board signed a dredging contract", "Island ferry fares will stay"],
)
def test_the_words_between_tags_are_body(line: str) -> None:
    assert kind_of(SPEECH, line, TODAY) == "body"


HTMLISH = (
    "Clinic waiting lists shrink\n\n"
    "<p>Waiting lists at the county's clinics shrank by <b>a fifth</b> over twelve months.</p>\n\n"
    "<p>The health board said <i>most</i> patients were seen within <b>six weeks</b>.</p>\n\n"
    "<p>It plans to open two more clinics next year.<br/></p>\n"
)


def test_html_like_tags_left_in_a_text_page_are_blank() -> None:
    plain = plain_text(HTMLISH)
    assert len(plain) == len(HTMLISH)
    assert "shrank by a fifth over twelve months" in " ".join(plain.split())
    assert "<" not in plain


@pytest.mark.parametrize(
    "page",
    [
        "Fever cases fall\n\nPositive tests fell to <5% in May, and to <2% in June, the lab said.\n",
        "Rule of thumb\n\nIf a < b and b > c, the sum of a and c is less than 2 > 1 said no one.\n",
        "Letters\n\nWrite to the editor <letters@paper.example> or to <desk@paper.example>.\n",
        "Scores\n\nThe home side led 3-1 <-> the visitors < 10 minutes from the end.\n",
        "Quotes\n\nShe wrote: <<we will not move>> and left; 1 < 2 < 3 but >= 4.\n",
        # a couple of tags alone is no tagged page: left as saved
        "Notes\n\nThe <b>board</b> met on Friday and the <i>chair</i> spoke first.\n",
    ],
)
def test_angle_brackets_that_open_no_tagged_page_are_left_alone(page: str) -> None:
    assert plain_text(page) == page


def test_on_a_tagged_page_brackets_that_are_no_tag_stay() -> None:
    page = (
        "<p>Positive tests fell to <5% in May.</p>\n<p>Send notes to <ana@paper.example>.</p>\n"
        "<p>Where a < b the rule holds.</p>\n<p>The end.</p>\n"
    )
    plain = plain_text(page)
    assert len(plain) == len(page)
    assert "fell to <5% in May." in plain
    assert "<ana@paper.example>" in plain
    assert "Where a < b the rule holds." in plain
    assert "<p>" not in plain and "</p>" not in plain


def test_a_scraped_heads_script_tag_is_left_for_the_head_reader() -> None:
    page = (
        '<script type="application/ld+json">{"headline": "Clinic waiting lists shrink"}</script>\n'
        "<p>Waiting lists shrank sharply.</p>\n<p>Most were seen in six weeks.</p>\n"
        "<p>Two clinics open next year.</p>\n<p>The board meets in May.</p>\n"
    )
    plain = plain_text(page)
    assert plain.startswith('<script type="application/ld+json">')
    assert "<p>" not in plain


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Evening Digest — Tuesday 14 October 2025", dt.date(2025, 10, 14)),
        ("Farm Bulletin | 3 March 2026", dt.date(2026, 3, 3)),
        ("Floods close schools on 3 May 2026", None),  # the story's day, not the page's
    ],
)
def test_a_tagged_title_gives_the_day_only_as_a_piece_of_its_own(
    title: str, day: dt.date | None
) -> None:
    page = SPEECH.replace("Evening Digest — Tuesday 14 October 2025", title)
    page = page.replace("built automatically", "built by hand")
    structure = segment_text(page, TODAY)
    assert structure.title == title
    assert structure.byline.published == day
