"""The model's rule lemmatizer, applied with less per-token overhead and the same lemmas.

spaCy's rule lemmatizer makes a Token object for every word and calls `lemmatize` on it, even
though the answer only depends on the word, its POS and its morphology (its own cache is keyed by
exactly those). `FastLemmatizer` reads them as arrays, remembers each key's lemma, calls spaCy's
`lemmatize` only for a key it has not seen, and writes the lemmas back in one go. For such a
key spaCy's rules ask whether each form they make is in the model's word list of that POS
(`lemma_index`, up to 57,000 words held as a list, so each question read the whole list):
`speed_up` gives those lists a set to answer from (`WordList`), the same words in the same order.
`tests/extract/test_lemmas.py` compares it with spaCy's on every dev article.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MEMO_SIZE = 200_000


class FastLemmatizer(Lemmatizer):
    """A rule-mode Lemmatizer whose __call__ works on arrays (other modes: spaCy's own)."""

    _memo: dict[bytes, int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        rules = getattr(self.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize
        if not rules or not len(doc):  # another mode, or rules of a subclass: spaCy's own
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self._memo is None or len(self._memo) > MEMO_SIZE:
            self._memo = {}
        memo = self._memo
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = row_bytes(array[:, :3])  # each token's (orth, pos, morph)
        lemmas = cast(list[int], array[:, 3].tolist())
        found = list(map(memo.get, keys))
        strings = self.vocab.strings
        for i, lemma in enumerate(lemmas):
            if lemma and not self.overwrite:
                continue
            known = found[i]
            if known is None:
                known = memo[keys[i]] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = known
        column: Any = numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1)
        doc.from_array([LEMMA], column)
        return doc


class FastEnglishLemmatizer(FastLemmatizer, EnglishLemmatizer):
    """The English lemmatizer (its is_base_form) with the array-based __call__."""


FAST = {Lemmatizer: FastLemmatizer, EnglishLemmatizer: FastEnglishLemmatizer}


def row_bytes(array: Any) -> list[bytes]:
    """Each row of a uint64 array as bytes: a cheap key to hash, and cheap to join back."""
    rows = numpy.ascontiguousarray(array, dtype="uint64")
    return cast(list[bytes], rows.view(f"V{rows.shape[1] * 8}").ravel().tolist())


class WordList(list[str]):
    """A lemma_index word list that answers `in` from a set of its words (the list is never
    changed once loaded); it serializes and pickles as the list it is."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.words


def speed_up(lemmatizer: Lemmatizer) -> None:
    """Give a loaded lemmatizer the array-based __call__ and set-backed word lists (its tables
    and config are kept)."""
    fast = FAST.get(type(lemmatizer))
    if fast is not None:
        lemmatizer.__class__ = fast
        if "lemma_index" in lemmatizer.lookups.tables:
            index = lemmatizer.lookups.get_table("lemma_index")
            for key, words in list(index.items()):
                if type(words) is list:
                    index[key] = WordList(words)
