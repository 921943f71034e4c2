"""Words that a page's line breaks hyphenated ('regu-' at a line's end, 'lation' on the next),
made whole again for the parser, as text copied out of a PDF or a printed page leaves them.

The parser reads a paragraph's reading text (claims.ingest.wrapping.reading_text: line breaks as
spaces, page furniture blanked), where such a word arrives as two ('regu- lation'). Here it is one
again, padded with spaces after it so the paragraph keeps its length; the shift of its second part
maps claim offsets back to the page. A compound broken at its own hyphen ('cross-' over 'border')
keeps the hyphen: the model's lemma tables tell a word ('participating') from a fragment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claims.ingest.markup import entity_pieces

#: A word's fragment, its hyphen, the gap a line break left and the word's lower-case remainder.
BROKEN = re.compile(r"([^\W\d_]+)-( +)([a-z][^\W\d_]*)")
#: The rule lemmatizer's tables: base forms by part of speech, irregular forms, suffix rules.
LEMMA_TABLES = ("lemma_index", "lemma_exc", "lemma_rules")
#: What a page's line break leaves between the two parts (the reading text shows it as spaces).
BREAK_CHARS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@dataclass(frozen=True)
class Shift:
    """Offsets `low < i <= high` of the parsed text stand at `i + by` on the page."""

    low: int
    high: int
    by: int


class Words:
    """English words as the model's rule lemmatizer knows them: its base forms, its exceptions,
    and every form its suffix rules lead back to a base form."""

    def __init__(
        self, bases: frozenset[str], forms: frozenset[str], rules: tuple[tuple[str, str], ...]
    ) -> None:
        self.bases = bases
        self.forms = forms
        self.rules = rules

    @classmethod
    def of(cls, nlp: Any) -> Words:
        """The tables of the pipeline's rule lemmatizer; none (and no rejoining) without one."""
        for _, pipe in nlp.pipeline:
            lookups = getattr(pipe, "lookups", None)
            if lookups is not None and all(lookups.has_table(name) for name in LEMMA_TABLES):
                index, exceptions, rules = (lookups.get_table(name) for name in LEMMA_TABLES)
                return cls(
                    frozenset(w for words in index.values() for w in words),
                    frozenset(f for exc in exceptions.values() for f in exc),
                    tuple(sorted({(old, new) for pos in rules.values() for old, new in pos})),
                )
        return cls(frozenset(), frozenset(), ())

    def __bool__(self) -> bool:
        return bool(self.bases)

    def known(self, word: str) -> bool:
        """Whether `word` is an English word or an inflection of one."""
        word = word.lower()
        if word in self.bases or word in self.forms:
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in self.bases
            for old, new in self.rules
        )


def rejoin(page: str, read: str, words: Words) -> tuple[str, tuple[Shift, ...]]:
    """`read` (the reading text of `page`, the same length) with every word hyphenated over a
    line break made whole, and the shifts that map its offsets back to `page`."""
    if not words or "-" not in read:
        return read, ()
    out: list[str] = []
    shifts: list[Shift] = []
    at = 0
    for m in BROKEN.finditer(read):
        if not BREAK_CHARS.intersection(page[m.start(2) : m.end(2)]):
            continue  # a hyphen before a space on one line ('pre- and post-war'): the writer's own
        first, _, second = m.groups()
        keep = not words.known(first + second) and words.known(first)
        joined = first + ("-" if keep else "") + second
        pad = m.end() - m.start() - len(joined)
        out += [read[at : m.start()], joined, " " * pad]
        low = m.start() + len(joined) - len(second)
        shifts.append(Shift(low, low + len(second), pad))
        at = m.end()
    if not shifts:
        return read, ()
    out.append(read[at:])
    return "".join(out), tuple(shifts)


def on_page(shifts: tuple[Shift, ...], offset: int) -> int:
    """Where an offset of the rejoined text stands in the page's own text."""
    for shift in shifts:
        if shift.low < offset <= shift.high:
            return offset + shift.by
    return offset


def column_text(page: str, pieces: tuple[tuple[int, int], ...]) -> tuple[str, tuple[Shift, ...]]:
    """A column's text read from its pieces of the page's lines (a page whose two columns share
    each line): the pieces joined by spaces, a word hyphenated over the column's line break made
    whole ('tempera-' over 'tures'), and the shifts that map its offsets back to the page, from
    the first piece's start."""
    out = ""
    placed: list[list[int]] = []  # [offset in the column's text, kept length, page start]
    for s, e in pieces:
        piece = page[s:e]
        if out and BROKEN.fullmatch(out.rsplit(" ", 1)[-1] + " " + piece.split(" ", 1)[0]):
            out = out[:-1]  # the hyphen goes; the word's two parts meet
            placed[-1][1] -= 1
        elif out:
            out += " "
        placed.append([len(out), len(piece), s])
        out += piece
    first = pieces[0][0] if pieces else 0
    shifts = [
        Shift(at - 1, at + size, start - first - at)
        for at, size, start in placed
        if start - first != at
    ]
    return out, tuple(shifts)


def in_one_piece(
    page: str, pieces: tuple[tuple[int, int], ...], start: int, end: int
) -> tuple[int, int]:
    """A claim's page span cut to one column's piece of a line when it runs over the column's
    line break (on the page the other column's words lie between): the piece that holds the
    most of its figures, then the most of its text."""
    parts = [(max(s, start), min(e, end)) for s, e in pieces if s < end and start < e]
    if len(parts) <= 1:
        return start, end
    return max(parts, key=lambda p: (sum(c.isdigit() for c in page[p[0] : p[1]]), p[1] - p[0]))


#: A run of text with no space in it: the character references a word holds are read in it.
RUN = re.compile(r"\S+")


def unescaped(read: str) -> tuple[str, tuple[Shift, ...]]:
    """`read` with its HTML character references decoded ('SBD&nbsp;11.2', 'Ramo&#8217;s'), each
    run of text padded with spaces after it so the paragraph keeps its length, and the shifts
    that map its offsets back to `read`."""
    if "&" not in read and "\\u" not in read:
        return read, ()
    out: list[str] = []
    shifts: list[Shift] = []
    at = 0
    for run in RUN.finditer(read):
        pieces = entity_pieces(run.group())
        if not pieces:
            continue
        out.append(read[at : run.start()])
        made = run.start()  # where the decoded run has got to in the parsed text
        kept = 0  # where the run has got to on the page, from its start
        for start, end, char in pieces:
            out.append(run.group()[kept:start])
            made += start - kept
            before = made
            out.append(char)
            made += len(char)
            kept = end
            tail = next((s for s, _, _ in pieces if s >= end), len(run.group()))
            shifts.append(Shift(before, made + tail - end, run.start() + end - made))
        out.append(run.group()[kept:])
        made += len(run.group()) - kept
        out.append(" " * (run.end() - made))
        at = run.end()
    if not shifts:
        return read, ()
    out.append(read[at:])
    return "".join(out), tuple(shifts)


#: A gap of spaces in a paragraph's reading text: where it holds blanked markup, it closes up.
GAP = re.compile(r" {2,}")


def squeezed(page: str, read: str) -> tuple[str, tuple[Shift, ...]]:
    """`read` (a paragraph's reading text, as long as its `page` text) with each gap that holds
    blanked markup (a tag inline, '<say-as ...>', or a Markdown link's address) closed up to one
    space, so the words on either side of the markup meet as they read ('about   12   ships' ->
    'about 12 ships'); the spaces taken out go to the paragraph's end, so it keeps its length,
    and the shifts map its offsets back to `read`. A gap the page left as spaces stays."""
    if len(page) != len(read):
        return read, ()
    out: list[str] = []
    starts: list[tuple[int, int]] = []  # (parsed start of a piece after a closed gap, its shift)
    at = made = removed = 0
    for m in GAP.finditer(read):
        s, e = m.span()
        if page[s:e].isspace():
            continue  # the page's own spaces (a table's gap, a wrapped line's indent)
        out += [read[at:s], " "]
        made += s - at + 1
        removed += e - s - 1
        starts.append((made, removed))
        at = e
    if not starts:
        return read, ()
    out += [read[at:], " " * removed]
    ends = [low for low, _ in starts[1:]] + [len(read) - removed + 1]
    shifts = tuple(Shift(low - 1, end - 1, by) for (low, by), end in zip(starts, ends, strict=True))
    return "".join(out), shifts
