"""The fast lemmatizer must give every token the lemma spaCy's own gives it."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claims.extract import DEFAULT_MODEL
from claims.extract.lemmas import FastEnglishLemmatizer, speed_up


def _texts(root: Path) -> list[str]:
    paths = [
        p
        for dev in ("dev", "dev_b", "dev_c", "dev_d")
        for p in sorted((root / "tests/data" / dev / "articles").glob("*"))
    ]
    return [p.read_text("utf-8", errors="replace") for p in paths]


def test_the_claims_pipeline_uses_the_fast_lemmatizer(nlp: Language) -> None:
    assert type(nlp.get_pipe("lemmatizer")) is FastEnglishLemmatizer


def test_same_lemmas_as_spacy_on_every_dev_article(root: Path) -> None:
    model = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    spacys = model.get_pipe("lemmatizer")
    fast = spacy.load(DEFAULT_MODEL, exclude=["ner"]).get_pipe("lemmatizer")
    speed_up(fast)
    assert type(fast) is FastEnglishLemmatizer and type(spacys) is not FastEnglishLemmatizer
    # 'gonna': the attribute ruler sets the lemma of 'gon' and 'na', which must stay
    texts = [*_texts(root), "We're gonna see prices rise, and we ain't done."]
    words = 0
    with model.select_pipes(disable=["lemmatizer"]):
        for doc in model.pipe(texts):
            data = doc.to_bytes()
            expected = [t.lemma_ for t in spacys(Doc(model.vocab).from_bytes(data))]
            got = [t.lemma_ for t in fast(Doc(model.vocab).from_bytes(data))]
            assert got == expected
            words += len(doc)
    assert words > 20_000
    assert fast._memo  # the array path ran, not spaCy's own
    assert expected[2:4] == ["go", "to"]  # the attribute ruler's, kept


def test_word_lists_answer_from_a_set_and_stay_lists() -> None:
    import pickle

    import srsly

    from claims.extract.lemmas import WordList

    words = WordList(["run", "dog", "house"])
    assert "dog" in words and "cat" not in words and 3 not in words
    assert isinstance(words, list) and list(words) == ["run", "dog", "house"]
    copy = pickle.loads(pickle.dumps(words))
    assert type(copy) is WordList and "house" in copy and copy == words
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"noun": words})) == {"noun": list(words)}


def test_speed_up_gives_the_index_set_backed_lists(nlp: Language) -> None:
    from claims.extract.lemmas import WordList

    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(type(words) is WordList for words in index.values())
