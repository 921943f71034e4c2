"""The quantity rules read token attributes from the Doc's columns instead of Tokens: the
readings they rely on give what the Token attributes give, also at odd whitespace."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from claims.extract.chunking import paragraphs
from claims.extract.columns import columns
from claims.extract.pipeline import CLAIM_PIPES
from claims.extract.quantities.exclusions import _opens_label
from claims.extract.quantities.items import space_after


def _texts(root: Path) -> list[str]:
    texts = ["Two  spaced   words , and a tail ", "Rate:\n 4.5%-5.5% | y/y +2%\n\nEnd", "x"]
    for path in sorted((root / "tests/data/dev/articles").glob("*"))[:6]:
        text = path.read_text("utf-8", errors="replace")
        texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    return texts


def test_space_after_and_string_tests_match_tokens(nlp: Language, root: Path) -> None:
    checked = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(_texts(root)):
            texts = columns(doc).text
            for t in doc:
                i, text = t.i, texts[t.i]
                assert space_after(doc, i) == bool(t.whitespace_)
                assert space_after(doc, i - len(doc)) == bool(t.whitespace_)  # from the end
                assert ("\n" in t.text_with_ws) == ("\n" in text)
                assert t.is_alpha == text.isalpha() and t.is_space == text.isspace()
                assert t.is_title == text.istitle() and t.is_upper == text.isupper()
                assert t.is_lower == text.islower() and t.is_digit == text.isdigit()
                checked += 1
    assert checked > 500


def test_opens_label_at_breaks_bars_and_colons() -> None:
    assert _opens_label("\n") and _opens_label(" ") and _opens_label("\n\n")
    assert _opens_label("|") and _opens_label(":")
    assert not _opens_label("Exports") and not _opens_label("12")
