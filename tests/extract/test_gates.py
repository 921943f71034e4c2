"""The pattern gate may only skip matching when spaCy's matchers would find nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from claims.extract.chunking import paragraphs
from claims.extract.gates import PatternGate
from claims.extract.patterns import PatternSet
from claims.extract.pipeline import CLAIM_PIPES


def _paragraphs(root: Path) -> list[str]:
    texts = []
    for dev in ("dev", "dev_b", "dev_c", "dev_d"):
        for path in sorted((root / "tests/data" / dev / "articles").glob("*")):
            text = path.read_text("utf-8", errors="replace")
            texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    return texts


def test_closed_gates_hide_no_match_on_any_dev_paragraph(nlp: Language, root: Path) -> None:
    """Per pattern: one the gate leaves out has no match; per component: matching only the
    passing patterns gives what matching them all gives."""
    pipes = {name: nlp.get_pipe(name) for name in CLAIM_PIPES}
    gates = {name: PatternGate(pipe.patterns) for name, pipe in pipes.items()}
    texts = _paragraphs(root)
    closed = dict.fromkeys(CLAIM_PIPES, 0)
    partly = dict.fromkeys(CLAIM_PIPES, 0)
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            for name, gate in gates.items():
                found = pipes[name].patterns(doc)
                passing = gate.passing(doc)
                ids = {p.id for i, p in enumerate(pipes[name].patterns.patterns) if i in passing}
                assert set(found) <= ids, (name, doc.text)
                assert pipes[name]._match(doc) == found, (name, doc.text)
                closed[name] += not passing
                partly[name] += 0 < len(passing) < len(gate.required)
    for name in CLAIM_PIPES:
        assert closed[name] > len(texts) // 3, name  # the gate does skip work
        assert partly[name] > 0, name


@pytest.mark.parametrize(
    ("pattern", "text", "opens"),
    [
        ([{"LOWER": "fold"}], "It grew tenfold.", False),
        ([{"LOWER": "fold", "OP": "?"}], "It grew tenfold.", True),  # optional: no test
        ([{"LOWER": "fold", "OP": "!"}], "It grew tenfold.", True),
        ([{"LOWER": "ten"}, {"LOWER": "fold", "OP": "+"}], "Ten fold lines.", True),
        ([{"LOWER": {"IN": ["ten", "nine"]}}, {"LOWER": "fold"}], "Nine men.", False),
        ([{"LEMMA": "grow"}, {"LIKE_NUM": True}], "It grew by 4.", True),
        ([{"LEMMA": "shrink"}, {"LIKE_NUM": True}], "It grew by 4.", False),
        ([{"LOWER": {"NOT_IN": ["grew"]}}], "It grew.", True),  # nothing cheap to test
        ([{"DEP": "nsubjpass"}, {"TAG": "VBN"}], "It grew.", False),
        ([{"DEP": "nsubj"}, {"TAG": {"IN": ["VBD", "VBZ"]}}], "It grew.", True),
    ],
)
def test_token_patterns(nlp: Language, pattern: list, text: str, opens: bool) -> None:
    raw = {"patterns": [{"id": "p", "kind": "token", "example": text, "pattern": pattern}]}
    patterns = PatternSet.from_raw(raw, nlp.vocab)
    doc = nlp(text)
    assert PatternGate(patterns).may_match(doc) is opens
    if not opens:
        assert patterns(doc) == {}


def test_dependency_patterns_need_every_node(nlp: Language) -> None:
    pattern = [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["kill", "wound"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "n", "RIGHT_ATTRS": {"LOWER": "soldiers"}},
    ]
    raw = {"patterns": [{"id": "d", "kind": "dependency", "example": "", "pattern": pattern}]}
    gate = PatternGate(PatternSet.from_raw(raw, nlp.vocab))
    assert gate.may_match(nlp("The strike killed four soldiers."))
    assert not gate.may_match(nlp("The strike killed four civilians."))
    assert not gate.may_match(nlp("Four soldiers were hurt."))


def test_flag_readers_find_exactly_the_tokens_the_getters_flag(nlp: Language, root: Path) -> None:
    """A Doc-wide reader of a custom attribute (FLAG_READERS) stands in for the getter in the
    gate: it must flag the same tokens, idiom verbs ('fell in line with') and headline forms
    included, or the gate would hide a match."""
    from spacy.tokens import Token

    from claims.extract.gates import FLAG_READERS

    texts = [
        *_paragraphs(root)[:300],
        "Norway fell in line with the EU and gave effect to the asset freeze on Monday.",
        "SANCTIONS: Canada Lists 12 Banks, Designates Four Officials",
        "The prices fell in May, and the bank gave effect to nothing.",
    ]
    assert {"sanction_verb", "sanction_noun", "listing_verb"} <= set(FLAG_READERS)
    flagged = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            for name, reader in FLAG_READERS.items():
                getter = Token.get_extension(name)[2]
                want = [t.i for t in doc if getter(t)]
                assert reader(doc) == want, (name, doc.text)
                flagged += len(want)
    assert flagged > 100


def test_while_matching_custom_attributes_answer_as_their_getters(
    nlp: Language, root: Path
) -> None:
    """`matching(doc)` answers the Doc's tokens from the Doc-wide readers' sets: the same answer
    as the getter on every token, and another Doc's tokens still get the getter's own."""
    from spacy.tokens import Token

    from claims.extract.gates import FLAG_READERS, _ReadFlag, matching

    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        docs = list(nlp.pipe(_paragraphs(root)[:200]))
    other, flagged = docs[0], 0
    for doc in docs[1:]:
        with matching(doc):
            for name in FLAG_READERS:
                getter = Token.get_extension(name)[2]
                assert isinstance(getter, _ReadFlag)
                want = [getter.getter(t) for t in doc]
                assert [getattr(t._, name) for t in doc] == want, (name, doc.text)
                assert [getter(t) for t in other] == [getter.getter(t) for t in other]
                flagged += sum(want)
        verb = Token.get_extension("sanction_verb")[2]
        assert [t._.sanction_verb for t in doc] == [verb.getter(t) for t in doc]  # after
    assert flagged > 20
