"""Sentence, subject/predicate, attribution and hedge of a claim."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claims.extract.chunking import paragraphs
from claims.extract.context import _chars, _sentence_bounds, sentence_of
from claims.extract.pipeline import CLAIM_PIPES

Rows = Callable[..., list[dict[str, Any]]]


def test_sentence_and_subject(parse: Callable[..., Any]) -> None:
    text = "The weather was calm. North Korea has supplied over 3 million shells to Russia."
    doc = parse(text)
    [row] = [r for r in doc._.claims if r["claim_type"] == "quantity"]
    assert (
        text[row["sentence_start"] : row["sentence_end"]]
        == "North Korea has supplied over 3 million shells to Russia."
    )
    assert row["subject"] == "North Korea"
    assert row["predicate"] == "has supplied"


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "The fleet has 40 ships, according to the ministry's statement.",
            "the ministry's statement",
        ),
        ("The fleet has 40 ships, the navy said.", "the navy"),
        ("Unnamed sources told the New York Times the fleet has 40 ships.", "the New York Times"),
        ("The fleet has 40 ships.", None),
    ],
)
def test_attribution(claims_of: Rows, text: str, attribution: str | None) -> None:
    [row] = claims_of(text, "quantity")
    assert row["attribution"] == attribution


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The plant makes 40 drones a week.", "asserted"),
        ("The plant reportedly makes 40 drones a week.", "reported"),
        ("The plant allegedly makes 40 drones a week.", "reported"),
        ("The plant may make 40 drones a week.", "speculative"),
        ("The plant likely makes 40 drones a week.", "speculative"),
        ("The plant could have made 40 drones a week.", "speculative"),
        ("The plant makes an estimated 40 drones a week.", "estimated"),
    ],
)
def test_hedge(claims_of: Rows, text: str, hedge: str) -> None:
    [row] = claims_of(text, "quantity")
    assert row["hedge"] == hedge


def test_month_may_is_no_hedge(claims_of: Rows) -> None:
    [row] = claims_of("The sides exchanged 390 prisoners on May 23.", "quantity")
    assert row["hedge"] == "asserted"


@pytest.mark.parametrize(
    ("text", "attribution"),
    [  # speech verbs are lemmas: any tense or person
        ("The fleet has 40 ships, the navy says.", "the navy"),
        ("The fleet has 40 ships, the admiral has confirmed.", "the admiral"),
        ("The port handled 40 ships, customs officials are reporting.", "customs officials"),
        ("Officials have told a local paper the fleet has 40 ships.", "a local paper"),
        ("A source tells the agency the fleet has 40 ships.", "the agency"),
        ("According to port records, the fleet has 40 ships.", "port records"),
    ],
)
def test_attribution_by_lemma(claims_of: Rows, text: str, attribution: str | None) -> None:
    [row] = claims_of(text, "quantity")
    assert row["attribution"] == attribution


@pytest.mark.parametrize(
    ("text", "hedge"),
    [  # hedge cues are lemmas too
        ("The plant appeared to make 40 drones a week.", "speculative"),
        ("The plant is believed to make 40 drones a week.", "speculative"),
        ("Analysts estimate that the plant makes 40 drones a week.", "estimated"),
        ("The plant made 40 drones a week, the governor claimed.", "reported"),
        ("The plant makes 40 drones a week, according to the governor.", "reported"),
    ],
)
def test_hedge_by_lemma(claims_of: Rows, text: str, hedge: str) -> None:
    [row] = claims_of(text, "quantity")
    assert row["hedge"] == hedge


def test_a_sentence_memo_gives_every_claim_its_own_sentences_context(parse: Any) -> None:
    """Claims sharing a sentence reuse its attribution and hedge; a claim in another sentence
    must not get them."""
    from claims.extract.context import SentenceMemo, describe

    text = (
        "Officials said 40 ships and 12 planes may have been lost on Friday. "
        "According to the navy, 3 more sank on Monday."
    )
    doc = parse(text)
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("40", "12", "Friday", "3 more")]
    memo: SentenceMemo = {}
    with_memo = [describe(doc, s, e, text, memo) for s, e in spans]
    assert with_memo == [describe(doc, s, e) for s, e in spans]
    assert len(memo) == 2
    assert with_memo[0]["hedge"] == with_memo[1]["hedge"] != with_memo[3]["hedge"]
    assert with_memo[3]["attribution"] == "the navy"


def test_sentence_bounds_and_characters_are_those_of_the_spans(nlp: Any, root: Path) -> None:
    """describe reads a claim's sentences as token bounds and characters from the columns:
    the same as the Span of `doc.char_span(..., "expand")`'s first token's sentence, on every
    span of one to three tokens (and their inner characters) of the dev paragraphs."""
    texts = []
    for path in sorted((root / "tests/data/dev/articles").glob("*"))[:12]:
        text = path.read_text("utf-8", errors="replace")
        texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    checked = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            for t in doc:
                for n in (1, 3):
                    last = doc[min(len(doc), t.i + n) - 1]
                    for start, end in ((t.idx, last.idx + len(last)), (t.idx + 1, last.idx + 1)):
                        span = doc.char_span(start, end, alignment_mode="expand")
                        if span is None or not len(span):
                            continue
                        sent = span[0].sent
                        bounds = _sentence_bounds(doc, start, end)
                        assert bounds == (sent.start, sent.end), (doc.text, start, end)
                        assert _chars(doc, *bounds) == (sent.start_char, sent.end_char)
                        assert sentence_of(doc, start, end) == sent
                        checked += 1
    assert checked > 1000
