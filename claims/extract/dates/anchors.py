"""Which date stages can fire on a text, told by one look per shared piece instead of a scan per stage.

Every match of a stage's regex contains a match of each of its required pieces: the items of its
top-level sequence (and of the groups and first repeats inside it that every match passes
through) that are not optional: a year, a month name, 'quarter', a bracket, a day's number.
`Anchors` compiles the widest two pieces of each stage on their own (stages share them: the
month names, a year), looks for each at most once per text, and a stage one of whose pieces
matches nowhere in the text is skipped before its regex runs. The test is exact: a piece is
searched for at every position of the whole text, with the flags and lookarounds it has in the
stage (capturing groups dropped, which changes no match's existence; pieces that refer to another
group are never used); tests/extract/dates/test_anchors.py compares runs with and without
skipping on every dev paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from claims.extract import regex_gate
from claims.extract.regex_gate import GatedPattern

_c = _parser
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
SHARED = 3  # pieces that many stages require: a text is asked for a dozen pieces, no more
PIECES = 2  # pieces looked for per stage: more cost more looks than they save stages

Item = tuple[Any, Any]


def _sub(items: list[Item]) -> Any:
    return _parser.SubPattern(_parser.State(), items)


def _plain(items: Any) -> list[Item]:
    """A parsed sequence without capturing groups: a group without flags is spliced into its
    sequence, one with flags kept as a non-capturing group (a match exists or not the same)."""
    out: list[Item] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            _group, add, dele, body = av
            if add or dele:
                out.append((op, (None, add, dele, _sub(_plain(body)))))
            else:
                out += _plain(body)
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], _sub(_plain(av[2])))))
        elif op is _c.BRANCH:
            out.append((op, (None, [_sub(_plain(b)) for b in av[1]])))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out.append((op, (av[0], _sub(_plain(av[1])))))
        elif op is _ATOMIC:
            out.append((op, _sub(_plain(av))))
        else:
            out.append((op, av))
    return out


def _refers(piece: list[Item]) -> bool:
    """Whether a piece reads another group (a back reference or a conditional)."""
    return "GROUPREF" in repr(piece)


def _pieces(items: list[Item]) -> list[list[Item]]:
    """Required pieces of a plain parsed sequence, each a list of items: consecutive literals
    joined into one piece; a group with flags is a piece and gives its own required pieces,
    each wrapped in those flags; a repeat of at least one round gives those of its body."""
    out: list[list[Item]] = []
    run: list[Item] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append((op, av))
            continue
        if run:
            out.append(run)
            run = []
        if op is _c.SUBPATTERN:
            _group, add, dele, body = av
            out.append([(op, av)])
            out += [[(op, (None, add, dele, _sub(piece)))] for piece in _pieces(list(body))]
        elif op in _REPEATS:
            if av[0] >= 1:
                out += _pieces(list(av[2]))
        elif op not in _ZERO_WIDTH:
            out.append([(op, av)])  # a branch, a character class, any character
    if run:
        out.append(run)
    return out


def _width(piece: list[Item]) -> int:
    """The fewest characters a piece matches."""
    return int(_sub(piece).getwidth()[0])


def _gated(piece: list[Item], compiled: re.Pattern[str]) -> GatedPattern:
    """The piece's regex behind the same word gate and anchored tries as the stages'
    (claims.extract.regex_gate), worked out from its parsed form (it has no source text)."""
    gated = GatedPattern.__new__(GatedPattern)
    gated.pattern = compiled
    words = regex_gate._sequence(piece)
    gated.words = words if words and min(map(len, words)) >= regex_gate.MIN_WORD else None
    found = regex_gate._anchor_sequence(piece) if _width(piece) >= 1 else None
    gated.anchor_words = found[0] if found is not None else None
    gated.lead = found[1] if found is not None else (0, 0)
    return gated


def pieces(pattern: re.Pattern[str]) -> dict[str, tuple[int, GatedPattern]]:
    """A regex's required pieces at least two characters wide, by their parsed form: the
    fewest characters each matches and the piece compiled on its own."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags
    found: dict[str, list[Item]] = {}
    for piece in _pieces(_plain(parsed.data)):
        if not _refers(piece) and _width(piece) >= 2:
            found.setdefault(f"{flags}:{piece!r}", piece)
    out: dict[str, tuple[int, GatedPattern]] = {}
    for key, piece in found.items():
        state = _parser.State()
        state.flags = flags
        compiled = _compiler.compile(_parser.SubPattern(state, piece), flags)
        out[key] = (_width(piece), _gated(piece, compiled))
    return out


class Anchors:
    """The widest `most` required pieces of each of `patterns` (None: a stage without a regex),
    compiled once; `needs[i]` the indices in `probes` of pattern i's pieces."""

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str] | None],
        most: int = PIECES,
        shared_by: int = SHARED,
    ) -> None:
        keyed = [pieces(p) if p is not None else {} for p in patterns]
        shared = Counter(key for keys in keyed for key in keys)
        self.probes: list[GatedPattern] = []
        index: dict[str, int] = {}
        self.needs: list[tuple[int, ...]] = []
        for keys in keyed:
            # the widest (the rarest, likely), of equal width the most shared (looked for once)
            chosen = sorted(
                (k for k in keys if shared[k] >= shared_by), key=lambda k: (-keys[k][0], -shared[k])
            )[:most]
            for key in chosen:
                if key not in index:
                    index[key] = len(self.probes)
                    self.probes.append(keys[key][1])
            self.needs.append(tuple(index[key] for key in chosen))

    def may_match(self, i: int, text: str, seen: dict[int, bool]) -> bool:
        """False when text holds no match of one of the pieces pattern i requires; `seen`
        keeps the pieces' answers for this text."""
        for need in self.needs[i]:
            found = seen.get(need)
            if found is None:
                found = seen[need] = self.probes[need].search(text) is not None
            if not found:
                return False
        return True
