"""What gets parsed: claim-bearing paragraphs, the language check, missed datelines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.chunking import (
    MAX_CHUNK,
    _cue_re,
    _cue_words,
    chunks,
    dateline,
    is_english,
    may_hold_claim,
)


def test_prefilter_keeps_paragraphs_that_can_hold_a_claim() -> None:
    assert may_hold_claim("Three ships left.")
    assert may_hold_claim("It happened on Tuesday.")
    assert may_hold_claim("The bloc sanctioned the firm.")
    assert may_hold_claim("Output rose 4%.")
    assert not may_hold_claim("Please share this article with your friends.")


def test_cue_test_answers_as_the_cue_regex_on_every_dev_line(root: Path) -> None:
    folders = [root / "seeds", *sorted((root / "tests" / "data").glob("dev*/articles"))]
    lines = [
        line
        for folder in folders
        for p in sorted(folder.glob("*.txt"))
        for line in p.read_text("utf-8").splitlines()
    ]
    assert len(lines) > 1000
    answers = [may_hold_claim(line) for line in lines]
    assert answers == [_cue_re().search(line) is not None for line in lines]
    assert 0 < sum(answers) < len(lines)


CUES = [*sorted(_cue_words())[::8], "MAY", "ſanctions", "tueſday", "7", "\u0663", "_march", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=3)), max_size=8))
def test_cue_test_answers_as_the_cue_regex_on_generated_text(parts: list[str]) -> None:
    for sep in (" ", "", "-"):
        text = sep.join(parts)
        assert may_hold_claim(text) == (_cue_re().search(text) is not None), text


def test_chunks_skip_byline_and_boilerplate_segments() -> None:
    text = "Title with 2 ships\nby A. Writer April 2, 2024\nBody has 3 tanks.\nSubscribe now 4 free"
    segments = [
        {"kind": "title", "start": 0, "end": 18},
        {"kind": "byline", "start": 19, "end": 45},
        {"kind": "body", "start": 46, "end": 64},
        {"kind": "boilerplate", "start": 65, "end": len(text)},
    ]
    got = [(c.segment, text[c.start : c.end]) for c in chunks(text, segments)]
    assert got == [("title", "Title with 2 ships"), ("body", "Body has 3 tanks.")]


def test_long_paragraphs_are_cut_at_sentence_ends() -> None:
    text = "Troops moved 3 guns forward today. " * 1000
    pieces = list(chunks(text, None))
    assert len(pieces) > 1
    assert all(c.end - c.start <= MAX_CHUNK for c in pieces)
    assert all(text[c.start : c.end].endswith(".") for c in pieces[:-1])


def test_language_check() -> None:
    english = (
        "The ministry said on Monday that it had imposed new sanctions on the firms and owners. "
        * 3
    )
    german = (
        "Das Ministerium teilte am Montag mit, dass es neue Sanktionen gegen Firmen verhängt habe. "
        * 3
    )
    assert is_english(english)
    assert not is_english(german)
    assert is_english("Kyiv, 2 ships")  # too short to judge: kept


def test_dateline_the_segmenter_missed() -> None:
    text = "Home\nA title\nBy A. Writer | The Outlet | May 20, 2025\nThe UK sanctioned 18 tankers."
    found = dateline(text)
    assert found is not None
    date, start, end = found
    assert date == dt.date(2025, 5, 20)
    assert text[start:end] == "By A. Writer | The Outlet | May 20, 2025"


def test_the_items_of_a_list_under_a_kept_introduction_are_parsed() -> None:
    text = (
        "The ministry designated the following:\n"
        "- Ivan Sorokin, a shipping executive\n"
        "• Tarragon Freight Co., a broker in Fujairah\n"
        "* Lena Moss\n"
        "Please share this article.\n"
        "- Share on social media\n"
    )
    kept = [text[c.start : c.end] for c in chunks(text, None)]
    assert kept == [
        "The ministry designated the following:",
        "- Ivan Sorokin, a shipping executive",
        "• Tarragon Freight Co., a broker in Fujairah",
        "* Lena Moss",
    ]


def test_bullets_under_a_line_that_holds_no_claim_stay_out() -> None:
    text = "Follow us:\n- Facebook page\n- Newsletter\n"
    assert list(chunks(text, None)) == []
