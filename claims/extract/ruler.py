"""The model's attribute ruler, matched faster with the same result.

spaCy's `AttributeRuler` runs one `Matcher` with every pattern (the small English model has
~180, nearly all "this tag (and this word) gets this POS/morphology") at every token, which
costs about as much as the tagger and parser together on the paragraphs extraction parses.
`FastAttributeRuler.match` finds exactly the same matches: each simple pattern (fixed length,
plain or IN/NOT_IN/REGEX values on ORTH, LOWER, TAG, POS, DEP or IS_SPACE) is indexed by the
tag or word its first token needs, so a token is checked against the few patterns that can start
there; any other pattern stays with a spaCy `Matcher`. The annotations are then set by spaCy's own
code, in spaCy's order. `tests/extract/test_ruler.py` compares both on every dev article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import DEP, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

Check = Callable[[Token], bool]
#: Token attributes a simple pattern may test, as the Matcher reads them.
GETTERS: dict[str, Callable[[Token], Any]] = {
    "ORTH": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "POS": lambda t: t.pos_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
INDEXED = ("TAG", "LOWER", "ORTH")


def _check(attr: str, value: Any) -> Check | None:
    """A test of one token attribute, or None when the Matcher syntax is not a simple one."""
    get = GETTERS.get(attr)
    if get is None:
        return None
    if attr == "IS_SPACE":
        return (lambda t: get(t) is value) if isinstance(value, bool) else None
    if isinstance(value, str):
        return lambda t: get(t) == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        words = frozenset(arg)
        if op == "IN":
            return lambda t: get(t) in words
        return lambda t: get(t) not in words
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda t: regex.search(get(t)) is not None
    return None


def _keys(attr: str, value: Any) -> frozenset[str] | None:
    """The values a first token's indexed attribute must take (None: not indexable)."""
    if attr not in INDEXED:
        return None
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and list(value) == ["IN"]:
        return frozenset(value["IN"])
    return None


class _Simple:
    """One fixed-length pattern as per-token checks."""

    def __init__(self, index: int, match_id: int, checks: list[list[Check]]):
        self.index = index
        self.match_id = match_id
        self.checks = checks

    def first(self, token: Token) -> bool:
        return all(c(token) for c in self.checks[0])

    def rest(self, doc: Doc, i: int) -> bool:
        """Whether the tokens after the first one (at i) match too."""
        if i + len(self.checks) > len(doc):
            return False
        return all(all(c(doc[i + k]) for c in self.checks[k]) for k in range(1, len(self.checks)))


#: What a token's checks read: ORTH (LOWER and IS_SPACE are the word's), TAG, POS, DEP.
SIGNATURE = [ORTH, TAG, POS, DEP]
MEMO_SIZE = 200_000
Starts = tuple[tuple[tuple[int, int], ...], tuple[_Simple, ...]]


class _Compiled:
    """The patterns indexed by what their first token needs, and what starts at a kind of token
    (by its signature: a token's checks only read its word, tag, POS and dependency label)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.by_key: dict[tuple[str, str], list[_Simple]] = {}
        self.always: list[_Simple] = []
        self.rest = Matcher(ruler.vocab)
        self.memo: dict[tuple[int, ...], Starts] = {}
        for index, entry in enumerate(ruler.patterns):
            key = str(index)
            patterns: Any = entry["patterns"]
            match_id = ruler.vocab.strings.add(key)
            # Each alternative of an entry on its own (the model's 'gets'/'got' -> 'get' has
            # two): a match is (index, match id, start, end), the same whichever alternative.
            simples = [s for p in patterns if (s := _simple(index, match_id, [p])) is not None]
            if not simples or len(simples) != len(patterns):
                self.rest.add(key, patterns)
                continue
            for simple, pattern in zip(simples, patterns, strict=True):
                first: dict[str, Any] = pattern[0]
                indexed = [(a, k) for a, v in first.items() if (k := _keys(a, v)) is not None]
                if not indexed:
                    self.always.append(simple)
                    continue
                attr, values = indexed[0]
                for value in values:
                    self.by_key.setdefault((attr, value), []).append(simple)

    def starts(self, token: Token) -> Starts:
        """(pattern index, match id) of the one-token patterns the token matches, and the longer
        patterns whose first token it matches."""
        candidates = [
            *self.by_key.get(("TAG", token.tag_), ()),
            *self.by_key.get(("LOWER", token.lower_), ()),
            *self.by_key.get(("ORTH", token.text), ()),
            *self.always,
        ]
        passed = [p for p in candidates if p.first(token)]
        singles = tuple((p.index, p.match_id) for p in passed if len(p.checks) == 1)
        return singles, tuple(p for p in passed if len(p.checks) > 1)


def _simple(index: int, match_id: int, patterns: list[list[dict[str, Any]]]) -> _Simple | None:
    """The pattern as checks, or None when it is not one fixed-length simple pattern."""
    if len(patterns) != 1 or not patterns[0]:
        return None
    checks: list[list[Check]] = []
    for spec in patterns[0]:
        if not isinstance(spec, dict) or not spec or "OP" in spec:
            return None
        token_checks = [_check(a, v) for a, v in spec.items()]
        if any(c is None for c in token_checks):
            return None
        checks.append([c for c in token_checks if c is not None])
    return _Simple(index, match_id, checks)


class FastAttributeRuler(AttributeRuler):
    """An AttributeRuler whose `match` skips the patterns that cannot start at a token."""

    _compiled: tuple[int, _Compiled] | None = None

    def compiled(self) -> _Compiled:
        """The patterns indexed (again when patterns were added since)."""
        size = len(self.attrs)  # grows with every pattern added
        if self._compiled is None or self._compiled[0] != size:  # new patterns: index again
            self._compiled = (size, _Compiled(self))
        return self._compiled[1]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches of AttributeRuler.match: (pattern index, match id, start, end), sorted."""
        compiled = self.compiled()
        memo = compiled.memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        found: list[tuple[int, int, int, int]] = []
        rows = cast(list[list[int]], doc.to_array(SIGNATURE).tolist())
        for i, signature in enumerate(map(tuple, rows)):
            starts = memo.get(signature)
            if starts is None:
                starts = memo[signature] = compiled.starts(doc[i])
            singles, longer = starts
            for index, match_id in singles:
                found.append((index, match_id, i, i + 1))
            for p in longer:
                if p.rest(doc, i):
                    found.append((p.index, p.match_id, i, i + len(p.checks)))
        if len(compiled.rest):
            for match_id, start, end in compiled.rest(doc, allow_missing=True, as_spans=False):  # type: ignore[misc]
                found.append((int(self.vocab.strings[match_id]), match_id, start, end))
        return sorted(set(found))


def speed_up(ruler: AttributeRuler) -> None:
    """Give a loaded attribute ruler the fast `match` (its patterns and config are kept)."""
    if type(ruler) is AttributeRuler:
        ruler.__class__ = FastAttributeRuler
