"""The sanction finder's reads from a Doc's arrays give what its Token walks gave, on the text
of every dev set: which sentences follow one that speaks of sanctions, which tokens are sanction
nouns, which tokens _sentence may skip and which Docs extract may skip whole (the same claims
and rejections as reading everything)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from claims.extract.rejections import Rejections
from claims.extract.sanctions import finder
from claims.extract.sanctions.model import Sanction
from claims.extract.sanctions.words import cue_words, lemma, noun_heads, sanction_noun_tokens

DEV_SETS = ("seeds", *("dev", *(f"dev_{c}" for c in "bcdefghijklmnop")))
BLOCK = re.compile(r"\n\s*\n")


def _blocks(root: Path) -> list[tuple[str, str]]:
    """(text before, block) for every blank-line block of every dev article: a block keeps its
    line breaks (lists, headlines run into text) and the text before it, as the corpus gives a
    chunk parsed on its own."""
    out = []
    for name in DEV_SETS:
        folder = root / "seeds" if name == "seeds" else root / "tests/data" / name / "articles"
        for path in sorted(folder.glob("*")):
            text = path.read_text("utf-8")
            start = 0
            for cut in [*BLOCK.finditer(text), None]:
                end = cut.start() if cut is not None else len(text)
                if text[start:end].strip():
                    out.append((text[max(0, start - 600) : start], text[start:end]))
                start = cut.end() if cut is not None else len(text)
    return out


def _walked_after_sanction(sent: Span, reach: int) -> bool:
    """_after_sanction as it read the sentences before, Token by Token (a live page's clock-time
    stamp is no sentence of the reach)."""
    left = reach
    while left > 0:
        if sent.start == 0:
            return finder._before_speaks(sent.doc, left)
        sent = sent.doc[sent.start - 1].sent
        if any(t.lower_ in cue_words() for t in sent):
            return True
        left -= 0 if finder._clock_line(sent.text) else 1
    return False


def _rejected(counter: Rejections) -> tuple[dict[str, int], list[object]]:
    return dict(counter), list(counter.candidates)


def _extracted(doc: Doc) -> tuple[list[Sanction], tuple[dict[str, int], list[object]]]:
    counter = Rejections(doc)
    return list(finder.extract(doc, counter)), _rejected(counter)


def test_array_reads_match_token_walks_on_every_dev_set(
    nlp: Language, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = _blocks(root)
    assert len(blocks) > 500
    claims = skipped = empty = 0
    with nlp.select_pipes(disable=["claims_dates", "claims_sanctions", "claims_quantities"]):
        docs = []
        for before, block in blocks:
            doc = nlp.make_doc(block)
            doc._.lines_before = before
            docs.append(doc)
        for doc in nlp.pipe(docs):
            assert isinstance(doc, Doc)
            with_skip = _extracted(doc)
            monkeypatch.setattr(finder, "_SKIP_EMPTY", False)
            assert _extracted(doc) == with_skip, doc.text  # the Doc skip loses nothing
            monkeypatch.setattr(finder, "_SKIP_EMPTY", True)
            empty += finder._cannot_claim(doc, finder._worth_reading(doc))
            nouns = {t.i for t in doc if lemma(t) in noun_heads()}
            assert sanction_noun_tokens(doc) == nouns
            worth = finder._worth_reading(doc)
            assert len(worth) == len(doc)
            skipped += worth.count(False)
            for sent in doc.sents:
                for reach in range(1, finder.REACH + 2):
                    walked = _walked_after_sanction(sent, reach)
                    assert finder._after_sanction(sent, reach) == walked, sent.text
                every_counter, skip_counter = Rejections(doc), Rejections(doc)
                every = list(finder._sentence(sent, every_counter))
                skipping = list(finder._sentence(sent, skip_counter, worth=worth))
                assert skipping == every, sent.text
                assert _rejected(skip_counter) == _rejected(every_counter), sent.text
                claims += len(every)
    assert claims > 300
    assert skipped > 10_000  # most tokens are never made
    assert empty > 100  # and many Docs are skipped whole
