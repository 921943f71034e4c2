"""A broadcast's subtitle file saved as text (SubRip or WebVTT): cue numbers and timings between
cues of a line or two, a sentence running on over them. The numbers and timings are blanked as
markup and a sentence a cue cuts reads whole; a caption set in capitals (the bulletin's on-screen
headline) is its title, the sign-on that names the day by its weekday dates the page (its year
from the weekday), and a teaser of what is still to come is furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text, split_lines
from tests.ingest.helpers import TODAY, kind_of

SRT = (
    "1\n"
    "00:00:01,000 --> 00:00:04,200\n"
    "Good evening, this is the Coast Report\n"
    "for Thursday the 5th of March.\n"
    "\n"
    "2\n"
    "00:00:04,400 --> 00:00:07,000\n"
    "HARBOUR PILOTS END THREE-DAY STRIKE\n"
    "\n"
    "3\n"
    "00:00:07,200 --> 00:00:10,400\n"
    "Pilots at the main port went back\n"
    "to work this afternoon after the union\n"
    "\n"
    "4\n"
    "00:00:10,600 --> 00:00:13,800\n"
    "accepted a pay rise of 6% over\n"
    "two years.\n"
    "\n"
    "5\n"
    "00:00:14,000 --> 00:00:17,200\n"
    "About 40 ships had been waiting\n"
    "offshore since Monday.\n"
    "\n"
    "6\n"
    "00:00:17,400 --> 00:00:20,600\n"
    "[MUSIC]\n"
    "\n"
    "7\n"
    "00:00:20,800 --> 00:00:24,000\n"
    "STILL TO COME: the new ferry timetable\n"
    "and what it means for commuters.\n"
)

VTT = (
    "WEBVTT\n"
    "\n"
    "00:00.000 --> 00:03.500\n"
    "Good morning. You're watching Valley News\n"
    "on Monday the 9th of February.\n"
    "\n"
    "00:03.700 --> 00:06.000\n"
    "FLOOD BARRIER FUNDING APPROVED\n"
    "\n"
    "00:06.200 --> 00:09.800\n"
    "The regional council has approved\n"
    "<i>12 million euros</i> for a barrier\n"
    "\n"
    "00:10.000 --> 00:13.000\n"
    "along the lower river.\n"
    "\n"
    "00:13.200 --> 00:16.400\n"
    "After the break: the weekend's football results.\n"
)


@pytest.mark.parametrize(
    ("page", "title", "day"),
    [
        (SRT, "HARBOUR PILOTS END THREE-DAY STRIKE", dt.date(2026, 3, 5)),
        (VTT, "FLOOD BARRIER FUNDING APPROVED", dt.date(2026, 2, 9)),
    ],
)
def test_a_bulletin_is_titled_by_its_caption_and_dated_by_its_sign_on(
    page: str, title: str, day: dt.date
) -> None:
    structure = segment_text(page, TODAY)
    assert structure.title == title
    assert structure.byline.published == day


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (
            SRT,
            "Pilots at the main port went back to work this afternoon after the union accepted a"
            " pay rise of 6% over two years.",
        ),
        (SRT, "About 40 ships had been waiting offshore since Monday."),
        (
            VTT,
            "The regional council has approved 12 million euros for a barrier along the lower"
            " river.",
        ),
    ],
)
def test_a_sentence_cut_by_cues_reads_as_one_line(page: str, sentence: str) -> None:
    texts = [" ".join(line.text.split()) for line in split_lines(page)]
    assert sentence in texts


@pytest.mark.parametrize(
    ("page", "line", "kind"),
    [
        (SRT, "Pilots at the main port went back", "body"),
        (SRT, "accepted a pay rise of 6% over", "body"),
        (SRT, "STILL TO COME: the new ferry timetable", "boilerplate"),
        (SRT, "for Thursday the 5th of March.", "boilerplate"),
        (VTT, "along the lower river.", "body"),
        (VTT, "After the break: the weekend's football results.", "boilerplate"),
    ],
)
def test_the_bulletins_own_words_are_body_and_its_teasers_are_not(
    page: str, line: str, kind: str
) -> None:
    assert kind_of(page, line, TODAY) == kind


def test_cue_numbers_and_timings_are_no_line_of_the_page() -> None:
    texts = [line.text for line in split_lines(SRT)]
    assert not any("-->" in t or t.strip().isdigit() for t in texts)


def test_a_page_quoting_one_timing_is_no_subtitle_file() -> None:
    """A story that quotes a time code keeps its lines as they are."""
    page = (
        "Clip shows the moment the dam gave way\n\n"
        "The footage, marked 00:01:12,000 --> 00:01:15,000 in the file, was shared on Sunday.\n"
        "Engineers said the spillway had been blocked\n"
        "for weeks.\n"
    )
    texts = [line.text for line in split_lines(page)]
    assert "Engineers said the spillway had been blocked" in texts
