"""Construction patterns as data: spaCy `Matcher` and `DependencyMatcher` patterns loaded from
`claims/data/patterns/<name>.json`, each with an id, an example sentence and the pattern itself.

A file looks like::

    {"patterns": [
      {"id": "change_by_percent", "kind": "dependency",
       "example": "Exports fell 8% in May.",
       "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["fall", "rise"]}}}, ...]},
      {"id": "glued_unit", "kind": "token", "example": "It fired 155mm shells.",
       "pattern": [{"LIKE_NUM": true}, {"LOWER": "mm"}]}
    ]}

Rules ask a `PatternSet` which patterns matched where, so a new construction is a new entry in a
data file rather than new code; every example is checked by the tests to match its own pattern.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claims.resources import load_data

KINDS = ("token", "dependency")


@dataclass(frozen=True)
class Pattern:
    """One construction: its id, kind (token or dependency), an example and the spaCy pattern."""

    id: str
    kind: str
    example: str
    pattern: list[dict[str, Any]]


@dataclass(frozen=True)
class Match:
    """Where a pattern matched: the token indices it bound, in pattern order."""

    id: str
    tokens: tuple[int, ...]

    @property
    def start(self) -> int:
        return min(self.tokens)

    @property
    def end(self) -> int:
        return max(self.tokens) + 1


def _lazy_flags(spec: dict[str, Any]) -> dict[str, Any]:
    """A token spec whose boolean custom attributes (`{"_": {"sanction_verb": true}}`) are asked
    as `{"IN": [int(v)]}` (false as `[0]`): the same test (spaCy compares the getter's True or False
    as the integer 1 or 0 either way), but its Matcher evaluates such a predicate only where a
    match attempt reaches the token, while a plain value makes it read every custom attribute of
    the set on every token of the Doc first (a Token and an Underscore object per token and
    attribute). The data files keep the plain form (spaCy's pattern schema takes only integers
    in an extension's IN list)."""
    flags = spec.get("_")
    if not isinstance(flags, dict) or not any(isinstance(v, bool) for v in flags.values()):
        return spec
    lazy = {name: {"IN": [int(v)]} if isinstance(v, bool) else v for name, v in flags.items()}
    return {**spec, "_": lazy}


def _lazy_node(node: dict[str, Any]) -> dict[str, Any]:
    """A dependency pattern's node with its token spec compiled as `_lazy_flags` does."""
    attrs = node.get("RIGHT_ATTRS")
    return {**node, "RIGHT_ATTRS": _lazy_flags(attrs)} if isinstance(attrs, dict) else node


@dataclass
class PatternSet:
    """The patterns of one data file, compiled for one vocabulary."""

    patterns: list[Pattern]
    vocab: Vocab
    _token: Matcher = field(init=False)
    _dependency: DependencyMatcher = field(init=False)

    def __post_init__(self) -> None:
        self._token = Matcher(self.vocab)
        self._dependency = DependencyMatcher(self.vocab)
        for p in self.patterns:
            if p.kind == "token":
                self._token.add(p.id, [[_lazy_flags(spec) for spec in p.pattern]])
            else:
                self._dependency.add(p.id, [[_lazy_node(node) for node in p.pattern]])

    @classmethod
    def from_raw(cls, raw: dict[str, Any], vocab: Vocab) -> PatternSet:
        patterns = []
        for entry in raw.get("patterns", []):
            if entry.get("kind") not in KINDS:
                raise ValueError(f"pattern {entry.get('id')!r}: kind must be one of {KINDS}")
            patterns.append(Pattern(entry["id"], entry["kind"], entry["example"], entry["pattern"]))
        return cls(patterns, vocab)

    @classmethod
    def packaged(cls, name: str, vocab: Vocab) -> PatternSet:
        """The patterns shipped in claims/data/patterns/<name>.json."""
        return cls.from_raw(load_data(f"patterns/{name}"), vocab)

    @classmethod
    def from_file(cls, path: str | Path, vocab: Vocab) -> PatternSet:
        return cls.from_raw(json.loads(Path(path).read_text("utf-8")), vocab)

    def to_raw(self) -> dict[str, Any]:
        return {
            "patterns": [
                {"id": p.id, "kind": p.kind, "example": p.example, "pattern": p.pattern}
                for p in self.patterns
            ]
        }

    def __call__(self, doc: Doc) -> dict[str, list[Match]]:
        """Matches by pattern id, in text order."""
        strings = self.vocab.strings
        found: dict[str, list[Match]] = defaultdict(list)
        # An empty matcher warns on every call (spaCy W036), so only a matcher with patterns runs.
        if len(self._token):
            for match_id, start, end in self._token(doc):
                found[strings[match_id]].append(Match(strings[match_id], tuple(range(start, end))))
        if len(self._dependency):
            for match_id, token_ids in self._dependency(doc):
                found[strings[match_id]].append(Match(strings[match_id], tuple(token_ids)))
        for matches in found.values():
            matches.sort(key=lambda m: m.tokens)
        return dict(found)
