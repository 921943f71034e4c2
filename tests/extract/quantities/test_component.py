"""The quantities component gives the same claims whether or not the sanctions component ran
before it: a sanction's own target counts are never quantities."""

from __future__ import annotations

import spacy
from spacy.language import Language

from claims.extract import DEFAULT_MODEL

TEXT = (
    "Japan sanctioned 11 individuals and 5 companies on Friday, while its navy has 150 ships. "
    "Exports fell 8% to 1.9 million barrels a day."
)


def _quantities(nlp: Language) -> list[tuple[float, str]]:
    doc = nlp(TEXT)
    return [
        (r["quantity_value"], r["quantity_item"])
        for r in doc._.claims or []
        if r["claim_type"] == "quantity"
    ]


def test_quantities_do_not_depend_on_the_sanctions_component(nlp: Language) -> None:
    alone = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    alone.add_pipe("claims_quantities")
    assert "claims_sanctions" not in alone.pipe_names
    expected = [(150, "ships"), (8, "exports"), (1_900_000, "exports")]
    assert _quantities(alone) == expected
    assert _quantities(nlp) == expected


def test_the_factory_declares_what_it_needs_and_sets(nlp: Language) -> None:
    meta = nlp.get_pipe_meta("claims_quantities")
    assert "token.lemma" in meta.requires and "token.dep" in meta.requires
    assert "doc._.claims" in meta.assigns
