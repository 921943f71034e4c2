"""A cheap test of which Matcher/DependencyMatcher patterns of a set cannot match a Doc, so the
components skip spaCy's matchers on the many paragraphs none of their constructions fits, and
run only the patterns that may match on the others.

A pattern can only match if each of its required tokens (a token pattern's entries without an
optional OP, every node of a dependency pattern) fits some token of the Doc. From each required
entry the gate keeps only what is cheap to test for the whole Doc at once: the words it allows
(ORTH/TEXT, LOWER, LEMMA, and the TAG and DEP labels: a set that must meet the Doc's) and custom
attributes that must be true (`{"_": {"sanction_verb": true}}`). Anything else is not tested, so the gate only ever says
"cannot match" when spaCy's matcher would find nothing; it never hides a match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claims.extract.lastseen import LastSeen
from claims.extract.patterns import PatternSet

WORD_ATTRS = {
    "ORTH": "orth",
    "TEXT": "orth",
    "LOWER": "lower",
    "LEMMA": "lemma",
    "TAG": "tag",
    "DEP": "dep",
}
ATTR_IDS = {"orth": ORTH, "lower": LOWER, "lemma": LEMMA, "tag": TAG, "dep": DEP}
#: OPs that make an entry required (no OP means exactly one token).
REQUIRED_OPS = (None, "1", "+")


@dataclass(frozen=True)
class _Entry:
    """What one required token must have: words of an attribute, custom attributes true."""

    words: tuple[tuple[str, frozenset[int]], ...]  # (attribute, string ids of the words)
    flags: tuple[str, ...]


def _words(value: Any) -> frozenset[int] | None:
    if isinstance(value, str):
        return frozenset([get_string_id(value)])
    allowed = value.get("IN") if isinstance(value, dict) and list(value) == ["IN"] else None
    if isinstance(allowed, list) and all(isinstance(v, str) for v in allowed):
        return frozenset(get_string_id(v) for v in allowed)
    return None


def _entry(spec: dict[str, Any]) -> _Entry | None:
    words: list[tuple[str, frozenset[int]]] = []
    flags: list[str] = []
    for key, value in spec.items():
        attr = str(key).upper()
        if attr in WORD_ATTRS and (allowed := _words(value)) is not None:
            words.append((WORD_ATTRS[attr], allowed))
        elif attr == "_" and isinstance(value, dict):
            flags += [name for name, v in value.items() if v is True and Token.has_extension(name)]
    return _Entry(tuple(words), tuple(flags)) if words or flags else None


def _required(kind: str, pattern: list[dict[str, Any]]) -> list[_Entry]:
    specs = (
        [node.get("RIGHT_ATTRS", {}) for node in pattern]
        if kind == "dependency"
        else [spec for spec in pattern if spec.get("OP") in REQUIRED_OPS]
    )
    return [e for spec in specs if isinstance(spec, dict) and (e := _entry(spec)) is not None]


#: Custom attributes whose true tokens a function finds for a whole Doc at once (token indices,
#: exactly those the getter says true for), cheaper than calling the getter on every Token.
FLAG_READERS: dict[str, Callable[[Doc], list[int]]] = {}


class PatternGate:
    """`passing(doc)`: the patterns of the set that may match the Doc (the others cannot)."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        required = [_required(p.kind, p.pattern) for p in patterns.patterns]
        # One object per distinct entry, so a Doc answers an entry many patterns share once.
        shared: dict[_Entry, _Entry] = {}
        # Word tests first: they are set lookups, the custom attributes walk the tokens.
        self.required = [
            sorted((shared.setdefault(e, e) for e in es), key=lambda e: (not e.words, len(e.flags)))
            for es in required
        ]

    def may_match(self, doc: Doc) -> bool:
        return bool(self.passing(doc))

    def passing(self, doc: Doc) -> tuple[int, ...]:
        """Indices (in the set's order) of the patterns whose required tokens all may be there;
        a pattern with nothing to test is always among them."""
        words, flags, tokens = _read.get(doc)
        known: dict[int, bool] = {}  # id of a shared entry -> whether the Doc has its token

        def flagged(name: str) -> set[int]:
            if name not in flags:
                reader = FLAG_READERS.get(name)
                if reader is not None:
                    flags[name] = set(reader(doc))
                    return flags[name]
                getter = Token.get_extension(name)
                read = getter[2] if getter and getter[2] is not None else None
                if not tokens:
                    tokens.extend(doc)
                flags[name] = {
                    t.i for t in tokens if (read(t) if read is not None else getattr(t._, name))
                }
            return flags[name]

        def fits(entry: _Entry) -> bool:
            for attr, allowed in entry.words:
                seen = words.get(attr)
                if seen is None:  # the Doc's words as string ids, read without making Tokens
                    seen = words[attr] = set(cast(list[int], doc.to_array(ATTR_IDS[attr]).tolist()))
                if seen.isdisjoint(allowed):
                    return False
            if not entry.flags:
                return True
            found = flagged(entry.flags[0])
            for name in entry.flags[1:]:
                found = found & flagged(name)
            return bool(found)

        out: list[int] = []
        for i, entries in enumerate(self.required):
            for entry in entries:
                ok = known.get(id(entry))
                if ok is None:
                    ok = known[id(entry)] = fits(entry)
                if not ok:
                    break
            else:
                out.append(i)
        return tuple(out)


#: What was read of the Doc gated last: its words by attribute, the indices of its tokens by
#: custom attribute that is true, and its Tokens (made once for every custom attribute). The three claim
#: components gate the same Doc in turn, and no component changes the attributes read here.
_Read = tuple[dict[str, set[int]], dict[str, set[int]], list[Token]]
_read: LastSeen[Doc, _Read] = LastSeen(lambda _doc: ({}, {}, []))
