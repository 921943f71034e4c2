"""The fast attribute ruler must find exactly the matches of spaCy's own, so every tag, POS,
morphology and lemma the claim rules read stays the same."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from claims.extract import DEFAULT_MODEL
from claims.extract.ruler import FastAttributeRuler

DEV_SETS = ["dev", "dev_b", "dev_c", "dev_d"]


@pytest.fixture(scope="module")
def model() -> Language:
    """The model as shipped (its attribute ruler untouched), tagged and parsed only."""
    return spacy.load(DEFAULT_MODEL, exclude=["ner", "lemmatizer"])


def _texts(root: Path) -> list[str]:
    paths = [p for s in DEV_SETS for p in sorted((root / "tests/data" / s / "articles").glob("*"))]
    return [p.read_text("utf-8", errors="replace") for p in paths if p.is_file()]


def test_the_claims_pipeline_uses_the_fast_ruler(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)  # or the memo on it


def _fast_copy(ruler: AttributeRuler) -> AttributeRuler:
    copy = AttributeRuler(ruler.vocab)
    copy.add_patterns(ruler.patterns)
    copy.__class__ = FastAttributeRuler
    return copy


def test_same_matches_as_spacy_on_every_dev_article(model: Language, root: Path) -> None:
    ruler = model.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler
    fast = _fast_copy(ruler)
    texts = _texts(root)
    assert len(texts) > 60
    checked = 0
    with model.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for doc in model.pipe(texts):
            slow = AttributeRuler.match(ruler, doc)
            assert fast.match(doc) == slow
            checked += len(slow)
    assert checked > 10_000


def test_patterns_added_later_and_patterns_it_cannot_index_still_match(model: Language) -> None:
    ruler = model.get_pipe("attribute_ruler")
    doc = model("The ministers quickly met again on Tuesday in Oslo.")
    own = _fast_copy(ruler)
    assert own.match(doc) == ruler.match(doc)
    own.add([[{"LOWER": "met"}, {"IS_ALPHA": True, "OP": "+"}]], {"LEMMA": "gather"})
    own.add([[{"TAG": "NNP"}, {"LOWER": {"REGEX": "^in$"}}]], {"POS": "PROPN"}, index=0)
    own.add([[{"SHAPE": "Xxxxx"}]], {"MORPH": "Foreign=Yes"})
    expected = AttributeRuler(model.vocab)
    expected.add_patterns(own.patterns)
    got = own.match(doc)
    assert got == expected.match(doc)
    added = {index for index, *_ in got if index >= len(ruler.patterns)}
    assert added == {len(ruler.patterns), len(ruler.patterns) + 1, len(ruler.patterns) + 2}
