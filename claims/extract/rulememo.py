"""The model's attribute ruler, applied from a memo of what it did to each kind of token.

Almost every pattern the small English model's attribute ruler ships is a one-token pattern
("this tag, this word, this dependency label gets this POS/morphology/lemma"), so what it does
to a token depends on nothing but that token's own attributes. `MemoAttributeRuler` keys each
token by every attribute such a pattern can read or the ruler can write (word, tag, POS,
dependency label, morphology, lemma) and remembers what the token held after spaCy's own code
annotated it; a Doc whose tokens are all remembered gets those values written back as arrays,
with no matching and no Span per match. The few patterns of more than one token ("gon na",
"there is") decide nothing through the memo: a token one of them may start at is never
remembered (a Doc holding one is annotated the spaCy way), nor is a token such a match changed.
A pattern reading any other attribute (an entity label, a custom attribute, a quantifier)
turns the memo off. `tests/extract/test_rulememo.py` compares it with spaCy's on every dev text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from claims.extract.lemmas import row_bytes
from claims.extract.ruler import SIGNATURE, FastAttributeRuler

#: What a token is remembered by: everything a one-token pattern may read (the lexical
#: attributes are the word's) and everything the ruler may write.
KEY = [ORTH, TAG, POS, DEP, MORPH, LEMMA]
#: What the ruler may write, as remembered and written back.
WRITTEN = [TAG, POS, MORPH, LEMMA, DEP]
WRITTEN_NAMES = frozenset({"TAG", "POS", "MORPH", "LEMMA", "DEP"})
#: Attributes a pattern may read for the memo to hold: the key's, and the word's own (its
#: lexeme's, the same for every token of one ORTH).
READABLE = frozenset(
    {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH"}
    | {"TAG", "POS", "DEP", "MORPH", "LEMMA"}
    | {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE"}
    | {"IS_UPPER", "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_BRACKET", "IS_QUOTE"}
    | {"IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY"}
)
MEMO_SIZE = 200_000
#: The memo's answer for a key a longer pattern may start at (a remembered answer is never
#: empty): a Doc holding one is annotated the spaCy way.
BLOCKED = b""


@dataclass
class _Plan:
    """The ruler's longer patterns (their indices, a Matcher of their first tokens) and the
    memo; made only when every pattern reads and writes what the key holds."""

    longer: frozenset[int]
    starts: Matcher
    attrs: list[Any]  # the ruler's list of patterns' attributes when made (clear() makes anew)
    size: int  # and its length then (add() appends to it)
    #: a token's KEY values -> its WRITTEN values, each as the bytes of its row of uint64
    memo: dict[bytes, bytes] = field(default_factory=dict)


def _readable(spec: Any) -> bool:
    return (
        isinstance(spec, dict)
        and "OP" not in spec
        and all(str(key).upper() in READABLE for key in spec)
    )


def _plan(ruler: AttributeRuler) -> _Plan | None:
    starts = Matcher(ruler.vocab)
    longer: set[int] = set()
    for index, entry in enumerate(ruler.patterns):
        attrs = cast(dict[str, Any], entry.get("attrs", {}))
        if not all(str(name).upper() in WRITTEN_NAMES for name in attrs):
            return None
        for pattern in cast(list[list[dict[str, Any]]], entry["patterns"]):
            if not pattern or not all(_readable(spec) for spec in pattern):
                return None
            if len(pattern) > 1:
                longer.add(index)
                starts.add(f"start_{len(starts)}", [[pattern[0]]])
    return _Plan(frozenset(longer), starts, ruler.attrs, len(ruler.attrs))


class MemoAttributeRuler(FastAttributeRuler):
    """An AttributeRuler that writes a remembered token's annotations as arrays."""

    _memo_plan: tuple[_Plan | None] | None = None

    def _current_plan(self) -> _Plan | None:
        made = self._memo_plan
        if made is None or (
            made[0] is not None
            and (made[0].attrs is not self.attrs or made[0].size != len(self.attrs))
        ):
            made = self._memo_plan = (_plan(self),)  # other patterns: sorted again, memo anew
            self._compiled = None  # and the fast ruler's index, which only counts them
        return made[0]

    def __call__(self, doc: Doc) -> Doc:
        plan = self._current_plan()
        if plan is None or not len(doc):
            return super().__call__(doc)
        keys = row_bytes(doc.to_array(KEY))
        known = list(map(plan.memo.get, keys))
        if all(known):  # every token remembered, none where a longer pattern may start
            joined = b"".join(cast(list[bytes], known))
            column: Any = numpy.frombuffer(joined, dtype="uint64").reshape(len(keys), -1)
            doc.from_array(WRITTEN, column)
            return doc
        if BLOCKED not in known and self._partly(doc, plan, keys, known):
            return doc
        error_handler = self.get_error_handler()
        try:
            matches = self.match(doc)
            starts = [start for _, start, _ in plan.starts(doc, as_spans=False)]  # type: ignore[misc]
            self.set_annotations(doc, matches)
        except Exception as e:
            return error_handler(self.name, self, [doc], e)  # type: ignore[no-any-return]
        self._learn(doc, plan, keys, matches, starts)
        return doc

    def _partly(self, doc: Doc, plan: _Plan, keys: list[bytes], known: list[bytes | None]) -> bool:
        """A Doc some of whose tokens are not remembered (none where a longer pattern may
        start): the remembered ones from the memo, the others matched one by one with the
        fast ruler's index and annotated by spaCy's code, then remembered. False, with the Doc
        untouched, when a pattern the index does not hold could match or a longer pattern may
        start at a new token (the Doc is then annotated the spaCy way)."""
        compiled = self.compiled()
        if len(compiled.rest):
            return False
        new = [i for i, k in enumerate(known) if k is None]
        signatures = cast(list[list[int]], doc.to_array(SIGNATURE).tolist())
        matches: list[tuple[int, int, int, int]] = []
        for i in new:
            signature = tuple(signatures[i])
            starts = compiled.memo.get(signature)
            if starts is None:
                starts = compiled.memo[signature] = compiled.starts(doc[i])
            singles, longer = starts
            if longer:
                return False
            matches += [(index, match_id, i, i + 1) for index, match_id in singles]
        before = row_bytes(doc.to_array(WRITTEN))
        joined = b"".join([k if k is not None else before[i] for i, k in enumerate(known)])
        column: Any = numpy.frombuffer(joined, dtype="uint64").reshape(len(keys), -1)
        doc.from_array(WRITTEN, column)
        self.set_annotations(doc, sorted(set(matches)))  # spaCy's order: later rules win
        after = row_bytes(doc.to_array(WRITTEN))
        memo = plan.memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        for i in new:
            memo.setdefault(keys[i], after[i])
        return True

    def _learn(
        self,
        doc: Doc,
        plan: _Plan,
        keys: list[bytes],
        matches: list[tuple[int, int, int, int]],
        starts: list[int],
    ) -> None:
        """Remember what spaCy's code left on each token that owes it to the token alone."""
        memo = plan.memo
        if len(memo) > MEMO_SIZE:
            memo.clear()
        skip = set(starts)
        for i in starts:
            memo[keys[i]] = BLOCKED
        for index, _, start, end in matches:
            if index in plan.longer:  # what a longer match changed owes it to the neighbours
                skip.update(range(start, end))
        after = row_bytes(doc.to_array(WRITTEN))
        for i, key in enumerate(keys):
            if i not in skip and key not in memo:
                memo[key] = after[i]


def speed_up(ruler: AttributeRuler) -> None:
    """Give a loaded attribute ruler the memo (its patterns and config are kept)."""
    if type(ruler) in (AttributeRuler, FastAttributeRuler):
        ruler.__class__ = MemoAttributeRuler
