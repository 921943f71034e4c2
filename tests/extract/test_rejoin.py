"""Words hyphenated over a line break are whole again for the parser, a compound broken at its
own hyphen keeps it, and every offset maps back to the page's own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from claims.extract.rejoin import Words, on_page, rejoin
from claims.ingest.wrapping import flat
from tests.extract.stories import page_rows


@pytest.fixture(scope="module")
def words(nlp: Language) -> Words:
    return Words.of(nlp)


@pytest.mark.parametrize(
    ("page", "read"),
    [
        ("the agency regu-\nlates ports", "the agency regulates ports"),
        ("three individ-\nuals were removed", "three individuals were removed"),
        ("firms partici-\npating in tenders", "firms participating in tenders"),
        ("it was re-\nmoved from the list", "it was removed from the list"),
    ],
)
def test_a_word_cut_over_a_line_is_whole(words: Words, page: str, read: str) -> None:
    text, _ = rejoin(page, flat(page), words)
    assert " ".join(text.split()) == read
    assert len(text) == len(page)


@pytest.mark.parametrize(
    ("page", "read"),
    [
        ("a cross-\nborder raid", "a cross-border raid"),
        ("the state-\nowned lender", "the state-owned lender"),
        ("a well-\nknown trader", "a well-known trader"),
    ],
)
def test_a_compound_broken_at_its_hyphen_keeps_it(words: Words, page: str, read: str) -> None:
    text, _ = rejoin(page, flat(page), words)
    assert " ".join(text.split()) == read


def test_a_hyphen_on_one_line_is_the_writers_own(words: Words) -> None:
    page = "pre- and post-war output"
    assert rejoin(page, flat(page), words) == (page, ())


def test_offsets_of_the_rejoined_text_map_back_to_the_page(words: Words) -> None:
    page = "The board fined the regu-\nlator 40 dollars and its sub-\nsidiaries 12 more."
    text, shifts = rejoin(page, flat(page), words)
    for word in ("regulator", "subsidiaries", "40", "12", "more."):
        start = text.index(word)
        mapped = page[on_page(shifts, start) : on_page(shifts, start + len(word))]
        assert mapped.replace("-\n", "") == word


def test_a_claim_on_a_hyphenated_page_keeps_its_page_span(tmp_path: Path) -> None:
    text = (
        "HARBOUR BOARD\nAnnual Review 2025\nPublished 3 April 2026\n\n"
        "In its largest case of the year the harbour board sus-\n"
        "pended the licences of three trawler owners from the northern\n"
        "ports and fined their operating company, which runs the fleet\n"
        "from a yard near the old fish market, 2.4 million dol-\n"
        "lars for landing undeclared catches at two southern harbours.\n"
    )
    [fine] = [r for r in page_rows(tmp_path, text, "quantity") if r["span_text"].startswith("2.4")]
    assert fine["quantity_value"] == 2_400_000
    assert fine["quantity_unit"] == "USD"
    assert text[fine["span_start"] : fine["span_end"]] == fine["span_text"]
    assert text[fine["sentence_start"] : fine["sentence_end"]] == fine["sentence"]
    assert fine["sentence"].startswith("In its largest case")
