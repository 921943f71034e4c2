"""is_title_case reads a Doc's running counts of content and capitalized words from its arrays:
it must answer as the walk over the span's tokens does, for every span of every dev line."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from claims.extract.chunking import paragraphs
from claims.extract.pipeline import CLAIM_PIPES
from claims.extract.sanctions.headlines import SMALL, is_title_case


def _walk(span: Span) -> bool:
    """The definition, token by token."""
    content = [t for t in span if t.is_alpha and t.lower_ not in SMALL]
    capital = [t for t in content if t.text[:1].isupper()]
    return len(content) >= 4 and len(capital) >= 0.8 * len(content)


def _lines(root: Path) -> list[str]:
    texts = []
    for dev in ("dev", "dev_b", "dev_k"):
        for path in sorted((root / "tests/data" / dev / "articles").glob("*"))[:12]:
            text = path.read_text("utf-8", errors="replace")
            texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    return texts


def test_title_case_of_every_sentence_and_window_of_dev_lines(nlp: Language, root: Path) -> None:
    asked = titled = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(_lines(root)):
            spans = list(doc.sents) + [doc[i : i + 8] for i in range(0, len(doc), 3)]
            for span in spans:
                expected = _walk(span)
                assert is_title_case(span) == expected, span.text
                asked += 1
                titled += expected
    assert titled > 10 and asked - titled > 100  # both answers were tested


def test_odd_words(nlp: Language) -> None:
    """A word of 100 letters or more (its shape is 'LONG'), mixed case, small words, non-ASCII."""
    text = (
        "Treasury Targets Iranian Drone Suppliers. "
        + "B"
        + "x" * 120
        + " Deal Done For "
        + "y" * 130
        + " Now. "
        + "McDonald And eBay Of The Élysée Über Alles. the cat sat on the Mat."
    )
    doc = nlp.make_doc(text)
    for i in range(len(doc)):
        for j in range(i, len(doc) + 1):
            assert is_title_case(doc[i:j]) == _walk(doc[i:j]), doc[i:j].text
