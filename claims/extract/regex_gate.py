"""Skip a regular expression on text that cannot hold a match: a cheap, exact prefilter.

Many rules scan every paragraph with a regex that needs some word to match at all (a month name,
'quarter', 'ago'). `required_words(pattern)` reads the compiled pattern's syntax tree and returns
words one of which every match must contain (or None when it cannot tell); `GatedPattern` runs the
regex only on text holding one of them. The test compares folded text (the simple lower case
regex IGNORECASE matching uses, plus its extra equivalences such as 'ſ' for 's'), so it never
skips text the regex would match, case-insensitive or not.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Iterator
from functools import cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from typing import Any

MIN_WORD = 3  # shorter required words would let nearly every paragraph through

_c = _parser  # op codes (LITERAL, BRANCH, ...) as the parser produces them
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


@cache
def _equivalent() -> dict[int, int]:
    """Lower-case characters IGNORECASE matches with another one ('ſ' with 's', 'ı' with
    'i'; re's own table): each to the smallest of its class."""
    out: dict[int, int] = {}
    for low, others in _casefix._EXTRA_CASES.items():
        group = (low, *others)
        for c in group:
            out[c] = min(out.get(c, c), *group)
    return out


def fold(text: str) -> str:
    """Text as the gate compares it: each character's simple lower case, equivalents merged."""
    if text.isascii():
        return text.lower()
    eq = _equivalent()
    return "".join(chr(eq.get(low := _sre.unicode_tolower(ord(c)), low)) for c in text)


Words = frozenset[str]


def _best(options: list[Words]) -> Words | None:
    """Of several requirements that all hold, the most selective: longest shortest word."""
    if not options:
        return None
    return max(options, key=lambda ws: (min(map(len, ws)), -len(ws)))


def _sequence(items: Any) -> Words | None:
    options: list[Words] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset([fold("".join(run))]))
            run = []
        need = _item(op, av)
        if need is not None:
            options.append(need)
    if run:
        options.append(frozenset([fold("".join(run))]))
    return _best(options)


def _item(op: Any, av: Any) -> Words | None:
    if op is _c.LITERAL:
        return frozenset([fold(chr(av))])
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None) or op is _c.ASSERT:
        return _sequence(av if op is not _c.ASSERT else av[1])
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(body) if low >= 1 else None
    if op is _c.BRANCH:
        alternatives = [_sequence(branch) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    return None  # character classes, anchors, back references, negative assertions


def required_words(pattern: re.Pattern[str]) -> Words | None:
    """Folded words one of which every match of `pattern` contains; None when the syntax does
    not show one of at least MIN_WORD characters."""
    if not isinstance(pattern.pattern, str):
        return None
    need = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    if need is None or min(map(len, need)) < MIN_WORD:
        return None
    return need


class GatedPattern:
    """A compiled regex that answers `finditer` with nothing on text holding none of its
    required words (the same answer the regex gives, found without scanning)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = required_words(pattern)

    def may_match(self, text: str) -> bool:
        global _last
        if self.words is None:
            return True
        last = _last  # one read: another thread may replace it meanwhile, never change it
        if last[0] is not text:
            last = _last = (text, fold(text), {})
        answers = last[2]
        answer = answers.get(self.words)
        if answer is None:  # several patterns need the same words (a month name): asked once
            answer = answers[self.words] = any(w in last[1] for w in self.words)
        return answer

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.may_match(text):
            return iter(())
        return self.pattern.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None


#: The text gated last, folded, and the answers given for it by word set: several gated patterns
#: scan the same paragraph in turn.
_last: tuple[str, str, dict[Words, bool]] = ("", "", {})
