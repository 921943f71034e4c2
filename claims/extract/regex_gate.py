"""Skip a regular expression on text that cannot hold a match: a cheap, exact prefilter.

Many rules scan every paragraph with a regex that needs some word to match at all (a month name,
'quarter', 'ago'). `required_words(pattern)` reads the compiled pattern's syntax tree and returns
words one of which every match must contain (or None when it cannot tell); `GatedPattern` runs the
regex only on text holding one of them. The test compares folded text (the simple lower case
regex IGNORECASE matching uses, plus its extra equivalences such as 'ſ' for 's'), so it never
skips text the regex would match, case-insensitive or not.

Where the syntax also shows that every match starts at most a few characters before one of some
words (`anchor(pattern)`: "(?<=\\bthe\\s)(?P<m>May|June)" starts right at the month; in
"(?:\\bon\\s+)?June" the month is at most 2 characters plus the text's longest run of white
space in), the regex is tried only at those positions (`re.Pattern.match` at each, which sees the
whole text for its lookbehinds and anchors) instead of being scanned over the whole paragraph:
the same matches in the same order (only a match's `pos`, where the try began, differs), as
`tests/extract/test_regex_gate.py` checks on every dev line. A text with so many anchor words
that the tries would cost more than a scan is scanned.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Iterator
from functools import cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from typing import Any, cast

from claims.extract.lastseen import LastSeen

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


MAX_LEAD = 60  # anchors further from where a match starts cost more tries than a scan saves
TRIES_PER_CHAR = 4  # a try at one position costs about as much as scanning this many characters

#: A most number of characters, as (fixed, runs): `fixed` plus `runs` times the longest run of
#: white space in the text at hand (a repeat of white space, '\\s+', is as long as that at most).
Width = tuple[int, int]
#: Words one of which every match holds, starting at most `lead` characters after the match.
Anchor = tuple[Words, Width]


def _is_space(item: tuple[Any, Any]) -> bool:
    """A single character that can only be white space: ' ', '\\s', '[ \\t]'."""
    op, av = item
    if op is _c.LITERAL:
        return chr(av).isspace()
    if op is not _c.IN:
        return False
    return all(
        (o is _c.LITERAL and chr(a).isspace()) or (o is _c.CATEGORY and a is _c.CATEGORY_SPACE)
        for o, a in av
    )


def _width(items: Any) -> Width | None:
    """The most characters a run of a parsed pattern can match; None when unbounded other
    than by white space."""
    fixed = runs = 0
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            fixed += 1
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width
        elif op is _c.SUBPATTERN or op is getattr(_c, "ATOMIC_GROUP", None):
            inner = _width(av[-1] if op is _c.SUBPATTERN else av)
            if inner is None:
                return None
            fixed, runs = fixed + inner[0], runs + inner[1]
        elif op is _c.BRANCH:
            widths = [_width(branch) for branch in av[1]]
            if any(w is None for w in widths):
                return None
            fixed += max(w[0] for w in widths if w is not None)
            runs += max(w[1] for w in widths if w is not None)
        elif op in _REPEATS:
            _low, high, body = av
            if high < _c.MAXREPEAT:
                inner = _width(body)
                if inner is None:
                    return None
                fixed, runs = fixed + high * inner[0], runs + high * inner[1]
            elif len(body) == 1 and _is_space(body[0]):
                runs += 1
            else:
                return None
        else:
            return None  # back references, conditionals: not worked out
    return fixed, runs


def _anchor_sequence(items: Any) -> Anchor | None:
    items = list(items)
    options: list[Anchor] = []
    j = 0
    while j < len(items):
        lead = _width(items[:j])
        if lead is None:
            break  # nothing later lies a bounded distance from the start
        op, av = items[j]
        if op is _c.LITERAL:
            end = j
            while end < len(items) and items[end][0] is _c.LITERAL:
                end += 1
            options.append((frozenset([fold("".join(chr(a) for _, a in items[j:end]))]), lead))
            j = end
            continue
        inner = _anchor_item(op, av)
        if inner is not None:
            options.append((inner[0], (lead[0] + inner[1][0], lead[1] + inner[1][1])))
        j += 1
    if not options:
        return None
    # The likely rarest: the longest shortest word, then the fewest words, the shortest lead.
    return max(options, key=lambda o: (min(map(len, o[0])), -len(o[0]), -o[1][1], -o[1][0]))


def _anchor_item(op: Any, av: Any) -> Anchor | None:
    if op is _c.LITERAL:
        return frozenset([fold(chr(av))]), (0, 0)
    if op is _c.SUBPATTERN:
        return _anchor_sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _anchor_sequence(av)
    if op is _c.ASSERT and av[0] == 1:  # a lookahead reads on from where it stands
        return _anchor_sequence(av[1])
    if op in _REPEATS:
        low, _high, body = av
        return _anchor_sequence(body) if low >= 1 else None  # its first round
    if op is _c.BRANCH:
        alternatives = [_anchor_sequence(branch) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        found = [a for a in alternatives if a is not None]
        words = frozenset().union(*(a[0] for a in found))
        return words, (max(a[1][0] for a in found), max(a[1][1] for a in found))
    return None  # character classes, anchors, back references, lookbehinds


def anchor(pattern: re.Pattern[str]) -> Anchor | None:
    """(words, lead): every match of `pattern` holds one of the folded words, starting at most
    lead = (fixed, runs) characters after the match starts (see Width); None when the syntax
    does not show such words, or when a match may be empty."""
    if not isinstance(pattern.pattern, str):
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] < 1:
        return None
    return _anchor_sequence(parsed)


SPACE_RUN = re.compile(r"\s+")


class GatedPattern:
    """A compiled regex that answers `finditer` with nothing on text holding none of its
    required words (the same answer the regex gives, found without scanning). When every match
    starts at most `lead` characters before one of some anchor words, the regex is tried only at
    those positions, not scanned over the whole text (the same matches, in the same order)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = required_words(pattern)
        found = anchor(pattern)
        self.anchor_words: Words | None = found[0] if found is not None else None
        self.lead: Width = found[1] if found is not None else (0, 0)

    def _folded(self, text: str) -> _Seen:
        return _last.get(text)

    def may_match(self, text: str) -> bool:
        return self.words is None or self._may_match(self._folded(text))

    def _may_match(self, last: _Seen) -> bool:
        """may_match, given what was worked out for the text (self.words is not None)."""
        words = cast(Words, self.words)
        answers = last[2]
        answer = answers.get(words)
        if answer is None:  # several patterns need the same words (a month name): asked once
            answer = answers[words] = any(w in last[1] for w in words)
        return answer

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        last = _last.get(text)  # read once: most texts are answered by the words alone
        words = self.words
        if words is not None:  # _may_match, inline: the date stages ask it of every paragraph
            answers = last[2]
            answer = answers.get(words)
            if answer is None:
                answer = answers[words] = any(w in last[1] for w in words)
            if not answer:
                return iter(())
        if self.anchor_words is None:
            return self.pattern.finditer(text)
        starts = self._starts(text, last=last)
        if starts is None:
            return self.pattern.finditer(text)
        return self._anchored(text, *starts)

    def _starts(
        self, text: str, thrifty: bool = True, last: _Seen | None = None
    ) -> tuple[list[int], int] | None:
        """Where the anchor words are in the text and how far before one a match can start;
        None when the anchors would cost more tries than scanning the text (`thrifty`)."""
        if self.anchor_words is None:
            return None
        if last is None:
            last = self._folded(text)
        lead = self.lead[0]
        if self.lead[1]:
            if not last[3]:
                last[3].append(max(map(len, SPACE_RUN.findall(text)), default=0))
            lead += self.lead[1] * last[3][0]
        if thrifty and lead > MAX_LEAD:
            return None
        starts = last[4].get(self.anchor_words)
        if starts is None:  # several patterns share anchors (the month names): found once
            folded = last[1]
            starts = []
            for word in self.anchor_words:
                at = folded.find(word)
                while at >= 0:
                    starts.append(at)
                    at = folded.find(word, at + 1)
            starts.sort()
            last[4][self.anchor_words] = starts
        if thrifty and len(starts) * (lead + 1) > len(text) // TRIES_PER_CHAR:
            return None
        return starts, lead

    def anchored(self, text: str) -> Iterator[re.Match[str]]:
        """finditer by the anchors whatever it costs (what finditer does where it pays)."""
        starts = self._starts(text, thrifty=False)
        if starts is None:
            raise ValueError(f"no anchor words in {self.pattern.pattern!r}")
        return self._anchored(text, *starts)

    def _anchored(self, text: str, starts: list[int], lead: int) -> Iterator[re.Match[str]]:
        """finditer, trying the regex only where a match can start: at most `lead` characters
        before an anchor word (folding keeps every character's position)."""
        match = self.pattern.match
        pos = tried = 0  # matches end at or after pos; positions before tried were tried
        for word_at in starts:
            start = max(pos, tried, word_at - lead)
            while start <= word_at:
                found = match(text, start)  # lookbehinds and anchors see the whole text
                if found is None:
                    start += 1
                    continue
                yield found
                start = pos = found.end()  # never empty (anchor() made sure)
            tried = max(tried, word_at + 1)

    def search(self, text: str) -> re.Match[str] | None:
        if not self.may_match(text):
            return None
        starts = self._starts(text)
        if starts is None:
            return self.pattern.search(text)
        return next(self._anchored(text, *starts), None)


#: The text gated last, folded, the answers given for it by word set, (once asked) its longest
#: run of white space and where each set of anchor words is in it (sorted, never changed once
#: made): several gated patterns scan the same paragraph in turn.
_Seen = tuple[str, str, dict[Words, bool], list[int], dict[Words, list[int]]]
_last: LastSeen[str, _Seen] = LastSeen(lambda text: (text, fold(text), {}, [], {}))
