"""The memo attribute ruler must leave every token with the tag, POS, morphology, lemma and
dependency label spaCy's own attribute ruler leaves, whether it annotates a Doc from the memo or
the spaCy way (and learns from it)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from claims.extract import DEFAULT_MODEL
from claims.extract.rulememo import MemoAttributeRuler, speed_up

DEV_SETS = [
    "dev",
    "dev_b",
    "dev_c",
    "dev_d",
    "dev_e",
    "dev_f",
    "dev_g",
    "dev_h",
    "dev_i",
    "dev_j",
    "dev_k",
]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP]
#: The model's patterns of more than one token, and whitespace tokens (their TAG and DEP set).
AWKWARD = [
    "We're gonna see prices rise, and we ain't done.\n\nLet's go: there are 12 more,  y'all.",
    "Gotta say it: there is a   gap, c'mon.\n\nThey gets what they got.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    """The model as shipped, tagged and parsed only (the attribute ruler runs by hand)."""
    return spacy.load(DEFAULT_MODEL, exclude=["ner", "lemmatizer"])


def _paragraphs(root: Path) -> list[str]:
    """Each dev article's non-blank lines, as the extraction parses them, and AWKWARD."""
    folders = [root / "seeds", *(root / "tests/data" / s / "articles" for s in DEV_SETS)]
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8", errors="replace")
            out += [line.strip() for line in text.splitlines() if line.strip()]
    return out + [p for t in AWKWARD for p in (t, *t.split("\n\n"))]


def _memo_copy(ruler: AttributeRuler) -> MemoAttributeRuler:
    copy = AttributeRuler(ruler.vocab)
    copy.add_patterns(ruler.patterns)
    speed_up(copy)
    assert isinstance(copy, MemoAttributeRuler)
    return copy


def test_the_claims_pipeline_uses_the_memo(nlp: Language) -> None:
    assert type(nlp.get_pipe("attribute_ruler")) is MemoAttributeRuler


def test_same_annotations_as_spacy_on_every_dev_paragraph(model: Language, root: Path) -> None:
    ruler = model.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler
    memo = _memo_copy(ruler)
    texts = _paragraphs(root)
    assert len(texts) > 2_000
    parsed = [d.to_bytes() for d in model.pipe(texts, disable=["attribute_ruler"])]
    tokens = fast = 0
    for _round in range(2):  # the second round reads what the first one remembered
        for data in parsed:
            expected = ruler(Doc(model.vocab).from_bytes(data))
            before = len(memo._current_plan().memo)  # type: ignore[union-attr]
            got = memo(Doc(model.vocab).from_bytes(data))
            assert got.to_array(ATTRS).tolist() == expected.to_array(ATTRS).tolist(), got.text
            assert [t.morph for t in got] == [t.morph for t in expected]
            tokens += len(got)
            fast += len(memo._current_plan().memo) == before  # type: ignore[union-attr]
    assert tokens > 100_000
    assert fast > len(parsed)  # most Docs of the second round came from the memo


def test_longer_patterns_and_whitespace_keep_spacys_annotations(model: Language) -> None:
    ruler = model.get_pipe("attribute_ruler")
    memo = _memo_copy(ruler)
    with model.select_pipes(disable=["attribute_ruler"]):
        docs = [d.to_bytes() for d in model.pipe(AWKWARD * 2)]
    firsts = []
    for data in docs:
        expected = ruler(Doc(model.vocab).from_bytes(data))
        got = memo(Doc(model.vocab).from_bytes(data))
        assert got.to_array(ATTRS).tolist() == expected.to_array(ATTRS).tolist()
        firsts.append(got)
    assert [t.lemma_ for t in firsts[2]][2:4] == ["go", "to"]  # 'gon na': a longer pattern's
    assert [t.tag_ for t in firsts[2] if t.is_space] == ["_SP", "_SP"]


def test_a_pattern_the_memo_cannot_key_turns_it_off(model: Language) -> None:
    memo = _memo_copy(model.get_pipe("attribute_ruler"))
    assert memo._current_plan() is not None
    memo.add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})
    assert memo._current_plan() is None  # an entity label is no attribute of the key
    doc = model("Trade with Oslo fell.")
    assert memo(doc) is doc


def test_patterns_replaced_start_a_new_memo(model: Language) -> None:
    ruler = model.get_pipe("attribute_ruler")
    memo = _memo_copy(ruler)
    with model.select_pipes(disable=["attribute_ruler"]):
        data = model("Exports fell sharply in May.").to_bytes()
    memo(Doc(model.vocab).from_bytes(data))
    memo(Doc(model.vocab).from_bytes(data))  # now from the memo
    patterns = ruler.patterns
    memo.clear()  # the same number of patterns again, one of them changed
    memo.add_patterns([*patterns[:-1], {"patterns": [[{"LOWER": "fell"}]], "attrs": {"POS": "X"}}])
    got = memo(Doc(model.vocab).from_bytes(data))
    assert [t.pos_ for t in got][1] == "X"
