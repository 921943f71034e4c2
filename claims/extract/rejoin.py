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


def squeezed(
    page: str, read: str, spoken: tuple[tuple[int, int, str], ...] = ()
) -> tuple[str, tuple[Shift, ...]]:
    """`read` (a paragraph's reading text, as long as its `page` text) with each gap that holds
    blanked markup (a tag inline, '<say-as ...>', or a Markdown link's address) closed up to one
    space, so the words on either side of the markup meet as they read ('about   12   ships' ->
    'about 12 ships'), and each piece the markup says how to read (`spoken`: start, end and its
    reading, claims.ingest.markup.spoken_forms) read so, while the room the gaps leave allows;
    the spaces left over go to the paragraph's end, so it keeps its length, and the shifts map
    its offsets back to `read` (a spoken piece's first offset to its start, every other one to
    its end). A gap the page left as spaces stays."""
    if len(page) != len(read):
        return read, ()
    edits: list[tuple[int, int, str, bool]] = []  # (start, end, what is read there, a gap's)
    for m in GAP.finditer(read):
        s, e = m.span()
        if not page[s:e].isspace():  # the page's own spaces (a table's gap) stay as they are
            edits.append((s, e, "" if _inside_a_word(page, read, s, e) else " ", True))
    if not edits:
        return read, ()
    room = sum(e - s - len(new) for s, e, new, _ in edits)
    for s, e, new in spoken:
        if 0 <= s < e <= len(read) and len(new) - (e - s) <= room:
            edits.append((s, e, new, False))
            room -= len(new) - (e - s)
    edits.sort()
    out: list[str] = []
    shifts: list[Shift] = []
    at = made = made_low = 0  # where the read text and the parsed text have got to
    for s, e, new, gap in edits:
        if s < at:
            continue  # a spoken piece inside a gap: no text of the page's to read
        if shifts or at:  # the run of the read text since the last edit keeps its words
            shifts.append(Shift(made_low, made + (s - at), at - made))
        out += [read[at:s], new]
        made += s - at
        if gap:  # the gap's space, or none: the run after it opens on its first offset
            made_low = made + len(new) - (1 if new else 0)
            made += len(new)
        else:  # a spoken piece: its first offset is its start, the rest its end
            shifts.append(Shift(made - 1, made, s - made))
            shifts += [Shift(made + k - 1, made + k, e - made - k) for k in range(1, len(new) + 1)]
            made += len(new)
            made_low = made
        at = e
    shifts.append(Shift(made_low, made + (len(read) - at), at - made))
    out += [read[at:], " " * (len(read) - made - (len(read) - at))]
    return "".join(out), tuple(shifts)


#: A space between two pieces of markup ('</b> <i>'), where the page itself leaves a space.
TAG_SPACE = re.compile(r"[>\])]\s")
#: A word's characters on both sides of markup set inside it ('1<sup>st</sup>').
WORD_BEFORE = re.compile(r"[^\W_]")
WORD_AFTER = re.compile(r"[a-z]")


def _inside_a_word(page: str, read: str, start: int, end: int) -> bool:
    """Whether the gap at read[start:end] held markup set inside a word: a letter or a digit
    just before it, a lower-case letter just after ('1<sup>st</sup>', '<b>co</b>operate'), and
    no space on the page between them, the markup's own aside."""
    return (
        not TAG_SPACE.search(page[start:end])
        and not page[start].isspace()
        and not page[end - 1].isspace()
        and start > 0
        and end < len(read)
        and WORD_BEFORE.match(read[start - 1]) is not None
        and WORD_AFTER.match(read[end]) is not None
    )
