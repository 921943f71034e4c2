"""Construction patterns as data: packaged pattern files compile, and every example matches."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from claims.extract.chunking import paragraphs
from claims.extract.patterns import PatternSet
from claims.extract.pipeline import CLAIM_PIPES

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


def _plain_matches(patterns: PatternSet, doc: Doc) -> dict[str, list[tuple[int, ...]]]:
    """The matches of spaCy's matchers given each pattern exactly as its data file writes it."""
    token, dependency = Matcher(doc.vocab), DependencyMatcher(doc.vocab)
    for p in patterns.patterns:
        (token if p.kind == "token" else dependency).add(p.id, [p.pattern])
    strings = doc.vocab.strings
    found: dict[str, list[tuple[int, ...]]] = {}
    for key, start, end in token(doc) if len(token) else []:
        found.setdefault(strings[key], []).append(tuple(range(start, end)))
    for key, ids in dependency(doc) if len(dependency) else []:
        found.setdefault(strings[key], []).append(tuple(ids))
    return {pid: sorted(ms) for pid, ms in found.items()}


def test_compiled_patterns_match_as_their_data_on_every_dev_paragraph(
    nlp: Language, root: Path
) -> None:
    """A set asks its boolean custom attributes lazily (patterns._lazy_flags): the same matches
    as the patterns written in the data files, over the dev paragraphs of every packaged set."""
    sets = {name: PatternSet.packaged(name, nlp.vocab) for name in packaged()}
    texts = []
    for path in sorted((root / "tests/data/dev/articles").glob("*")):
        text = path.read_text("utf-8", errors="replace")
        texts += [text[s:e] for s, e in paragraphs(text, 0, len(text))]
    matched = 0
    with nlp.select_pipes(disable=list(CLAIM_PIPES)):
        for doc in nlp.pipe(texts):
            for name, patterns in sets.items():
                found = {pid: [m.tokens for m in ms] for pid, ms in patterns(doc).items()}
                assert found == _plain_matches(patterns, doc), (name, doc.text)
                matched += bool(found) and name == "sanctions"
    assert matched > 10  # the custom attributes were asked, on paragraphs they match
