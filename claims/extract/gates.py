"""A cheap test of which Matcher/DependencyMatcher patterns of a set cannot match a Doc, so the
components skip spaCy's matchers on the many paragraphs none of their constructions fits, and
run only the patterns that may match on the others.

A pattern can only match if each of its required tokens (a token pattern's entries without an
optional OP, every node of a dependency pattern) fits some token of the Doc. From each required
entry the gate keeps only what is cheap to test for the whole Doc at once: the words it allows
(ORTH/TEXT, LOWER, LEMMA, and the TAG and DEP labels: a set that must meet the Doc's) and custom
attributes that must be true (`{"_": {"sanction_verb": true}}`). Anything else is not tested, so the gate only ever says
"cannot match" when spaCy's matcher would find nothing; it never hides a match.

While the matchers then run on the Doc (`matching`), the custom attributes the gate reads for a
whole Doc at once answer from those sets: spaCy's matchers otherwise call each attribute's
getter on every token of the Doc.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claims.extract.columns import columns
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
        # Every word test (one attribute's words of one entry) is a bit: a Doc sets the bits of
        # the tests its words pass, and a pattern's word tests all pass when its mask is set.
        bits: dict[tuple[str, frozenset[int]], int] = {}
        self._by_word: dict[str, dict[int, int]] = {}  # attribute -> word id -> bits it sets
        self._masks: list[int] = []  # per pattern: the bits of its word tests
        self._flagged: list[tuple[_Entry, ...]] = []  # per pattern: its entries with flags
        for entries in self.required:
            mask = 0
            for entry in entries:
                for test in entry.words:
                    bit = bits.get(test)
                    if bit is None:
                        bit = bits[test] = 1 << len(bits)
                        table = self._by_word.setdefault(test[0], {})
                        for word in test[1]:
                            table[word] = table.get(word, 0) | bit
                    mask |= bit
            self._masks.append(mask)
            self._flagged.append(tuple(e for e in entries if e.flags))
        self._attrs = sorted(self._by_word)
        self._keys = {attr: frozenset(table) for attr, table in self._by_word.items()}

    def may_match(self, doc: Doc) -> bool:
        return bool(self.passing(doc))

    def passing(self, doc: Doc) -> tuple[int, ...]:
        """Indices (in the set's order) of the patterns whose required tokens all may be there;
        a pattern with nothing to test is always among them."""
        read = _read.get(doc)
        words = read[0]
        for attr in self._attrs:
            if attr not in words:  # the Doc's words as string ids, read without making Tokens
                words[attr] = set(columns(doc).ids(ATTR_IDS[attr]))
        hit = 0
        for attr in self._attrs:
            table = self._by_word[attr]
            for word in self._keys[attr].intersection(words[attr]):
                hit |= table[word]
        out: list[int] = []
        known: dict[int, bool] = {}  # id of a shared entry -> whether its flags hold somewhere
        for i, mask in enumerate(self._masks):
            if hit & mask != mask:
                continue
            for entry in self._flagged[i]:
                ok = known.get(id(entry))
                if ok is None:
                    ok = known[id(entry)] = _flags_hold(doc, read, entry.flags)
                if not ok:
                    break
            else:
                out.append(i)
        return tuple(out)


def _flags_hold(doc: Doc, read: _Read, names: tuple[str, ...]) -> bool:
    """Whether one token of the Doc has every custom attribute named true."""
    found = _flagged(doc, read, names[0])
    for name in names[1:]:
        found = found & _flagged(doc, read, name)
    return bool(found)


def _flagged(doc: Doc, read: _Read, name: str) -> set[int]:
    """The indices of the Doc's tokens whose custom attribute `name` is true (read once)."""
    _words, flags, tokens = read
    if name not in flags:
        reader = FLAG_READERS.get(name)
        if reader is not None:
            flags[name] = set(reader(doc))
            return flags[name]
        getter = Token.get_extension(name)
        get = getter[2] if getter and getter[2] is not None else None
        if not tokens:
            tokens.extend(doc)
        flags[name] = {t.i for t in tokens if (get(t) if get is not None else getattr(t._, name))}
    return flags[name]


#: What was read of the Doc gated last: its words by attribute, the indices of its tokens by
#: custom attribute that is true, and its Tokens (made once for every custom attribute). The three claim
#: components gate the same Doc in turn, and no component changes the attributes read here.
_Read = tuple[dict[str, set[int]], dict[str, set[int]], list[Token]]
_read: LastSeen[Doc, _Read] = LastSeen(lambda _doc: ({}, {}, []))


class _ReadFlag:
    """A custom attribute's getter that, for the tokens of the Doc being matched (`matching`),
    answers from the Doc-wide reader's set instead of working it out token by token: spaCy's
    matchers ask every token of the Doc for every custom attribute their patterns name. Any other
    token (another Doc, or none being matched) gets the original getter's answer."""

    def __init__(self, name: str, getter: Callable[[Token], Any]) -> None:
        self.name = name
        self.getter = getter

    def __call__(self, token: Token) -> Any:
        doc, flags = _matched  # one read: the pair is replaced whole, never changed
        if doc is not None and token.doc is doc:
            found = flags.get(self.name)  # asked once per token: the set, when read already
            if found is None:
                found = _flagged(doc, _read.get(doc), self.name)
            return token.i in found
        return self.getter(token)


#: The Doc being matched and its flags as read so far (the same dict `_read` keeps for it).
_matched: tuple[Doc | None, dict[str, set[int]]] = (None, {})


_looked_at: set[str] = set()  # the FLAG_READERS names _read_flags has seen


def _read_flags() -> None:
    """Give every custom attribute that has a Doc-wide reader the `_ReadFlag` getter (once)."""
    if _looked_at.issuperset(FLAG_READERS):
        return
    for name in FLAG_READERS:
        if name in _looked_at or not Token.has_extension(name):
            continue
        _looked_at.add(name)
        getter = Token.get_extension(name)[2]  # type: ignore[index]
        if getter is not None and not isinstance(getter, _ReadFlag):
            Token.set_extension(name, getter=_ReadFlag(name, getter), force=True)


@contextmanager
def matching(doc: Doc) -> Iterator[None]:
    """While spaCy's matchers run on `doc`: its tokens' custom attributes with a Doc-wide reader
    are answered from the reader's set (the same answers, tests/extract/test_gates.py), read
    once for the Doc the gate has just read, rather than by a getter call per token."""
    global _matched
    _read_flags()
    before, _matched = _matched, (doc, _read.get(doc)[1])
    try:
        yield
    finally:
        _matched = before
