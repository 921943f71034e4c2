"""The claim components as spaCy factories, usable in anyone's pipeline."""

from __future__ import annotations

import spacy
from spacy.language import Language

import claims.extract.pipeline  # noqa: F401  (registers the factories)
from claims.extract import DEFAULT_MODEL
from claims.extract.pipeline import CLAIM_PIPES, version


def test_components_in_a_pipeline_of_ones_own() -> None:
    own = spacy.load(DEFAULT_MODEL)  # the full model, NER included: the components add to it
    for name in CLAIM_PIPES:
        own.add_pipe(name)
    doc = own.make_doc("Tokyo sanctioned 11 individuals on May 3. The blast killed 40 people.")
    doc._.published = "2024-06-01"
    doc = own(doc)
    kinds = sorted({span.label_ for span in doc.spans["claims"]})
    assert kinds == ["date", "quantity", "sanction"]
    assert all(row["span_end"] > row["span_start"] for row in doc._.claims)


def test_the_components_leave_the_text_and_tokens_alone(nlp: Language) -> None:
    text = "Seoul imposed sanctions on two ships on April 2."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_ner_is_left_out_and_the_lemmatizer_runs(nlp: Language) -> None:
    assert "ner" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names
    assert [t.lemma_ for t in nlp("Brussels adopted sanctions.")][1:3] == ["adopt", "sanction"]
    assert nlp.pipe_names[-3:] == list(CLAIM_PIPES)
    assert version(nlp).startswith("claims ") and "spacy" in version(nlp)
