"""Construction patterns as data: packaged pattern files compile, and every example matches."""

from __future__ import annotations

from importlib import resources

import pytest
from spacy.language import Language

from claims.extract.patterns import PatternSet

RAW = {
    "patterns": [
        {
            "id": "change_verb_percent",
            "kind": "dependency",
            "example": "Exports fell 8% in May.",
            "pattern": [
                {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["fall", "rise"]}}},
                {
                    "LEFT_ID": "verb",
                    "REL_OP": ">",
                    "RIGHT_ID": "pct",
                    "RIGHT_ATTRS": {"LOWER": {"IN": ["%", "percent"]}},
                },
            ],
        },
        {
            "id": "glued_calibre",
            "kind": "token",
            "example": "It fired 155mm shells.",
            "pattern": [{"LIKE_NUM": True}, {"LOWER": "mm"}],
        },
    ]
}


def packaged() -> list[str]:
    folder = resources.files("claims").joinpath("data/patterns")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def test_token_and_dependency_patterns_report_where_they_matched(nlp: Language) -> None:
    patterns = PatternSet.from_raw(RAW, nlp.vocab)
    doc = nlp("Imports rose 12% while the army fired 155mm shells.")
    found = patterns(doc)
    assert [doc[i].text for i in found["change_verb_percent"][0].tokens] == ["rose", "%"]
    calibre = found["glued_calibre"][0]
    assert doc[calibre.start : calibre.end].text == "155mm"  # the tokenizer splits the unit off
    assert patterns.to_raw() == RAW


def test_an_unknown_pattern_kind_is_refused(nlp: Language) -> None:
    with pytest.raises(ValueError, match="kind"):
        PatternSet.from_raw(
            {"patterns": [{"id": "x", "kind": "regex", "example": "", "pattern": []}]}, nlp.vocab
        )


@pytest.mark.parametrize("name", packaged())
def test_every_packaged_example_matches_its_own_pattern(nlp: Language, name: str) -> None:
    patterns = PatternSet.packaged(f"{name}", nlp.vocab)
    for p in patterns.patterns:
        assert p.id in patterns(nlp(p.example)), f"{name}.json: {p.id} misses its example"
