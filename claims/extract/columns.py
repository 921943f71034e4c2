"""A Doc's token attributes as plain Python lists, read once per Doc for the rules that walk it.

The claim rules ask `doc[i].lower_`, `doc[i].pos_`, `doc[a:b]` text and a token's sentence many
times per paragraph; every `doc[i]` makes a Token object and every slice a Span (together
about a tenth of the rules' time on the bench articles). `columns(doc)` gives the same answers
from lists: each attribute is read for the whole Doc with one `to_array` the first time a rule
asks for it, and kept for the Doc seen last (the three claim components read the same parsed
Doc in turn, and none of them changes its tokens). `tests/extract/test_columns.py` checks every
column against the Token attributes on dev paragraphs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_PUNCT,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from claims.extract.lastseen import LastSeen
from claims.extract.syntax import doc_text

T = TypeVar("T")

#: The attributes read for a whole Doc in one `to_array` the first time any of them is asked
#: for: a call costs about as much as reading four more attributes in it, and the pattern gates
#: and the rules ask for these of nearly every Doc they look at (the others, read for fewer
#: Docs, get a call of their own).
BUNDLE = (ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, SENT_START)
_COLUMN = {attr: k for k, attr in enumerate(BUNDLE)}


class _Lazy(Generic[T]):
    """functools.cached_property without the lock Python 3.11 takes on every first read (a
    Columns lives on one thread, for one Doc): the value is stored on the instance, which then
    answers every later read itself."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: Any, owner: Any = None) -> T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Columns:
    """One Doc's token attributes by index: `lower[i] == doc[i].lower_`, and so on."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._read: dict[int, list[int]] = {}

    @_Lazy
    def _bundle(self) -> Any:
        """The BUNDLE attributes of every token, one row per token (numpy, uint64)."""
        return self.doc.to_array(list(BUNDLE)).reshape(len(self.doc), len(BUNDLE))

    def ids(self, attr: int) -> list[int]:
        """`doc.to_array(attr).tolist()` (shared: never change the list), read with the other
        BUNDLE attributes in one go when it is one of them."""
        found = self._read.get(attr)
        if found is None:
            k = _COLUMN.get(attr)
            array = self.doc.to_array(attr) if k is None else self._bundle[:, k]
            found = self._read[attr] = cast(list[int], array.tolist())
        return found

    def _ids(self, attr: int) -> list[int]:
        return self.ids(attr)

    def _strings(self, attr: int) -> list[str]:
        return list(map(_names(self.doc.vocab.strings).__getitem__, self._ids(attr)))

    @_Lazy
    def text(self) -> list[str]:
        return self._strings(ORTH)

    @_Lazy
    def lower(self) -> list[str]:
        return self._strings(LOWER)

    @_Lazy
    def lemma(self) -> list[str]:
        return self._strings(LEMMA)

    @_Lazy
    def pos(self) -> list[str]:
        return self._strings(POS)

    @_Lazy
    def tag(self) -> list[str]:
        return self._strings(TAG)

    @_Lazy
    def dep(self) -> list[str]:
        return self._strings(DEP)

    @_Lazy
    def head(self) -> list[int]:
        """The index of each token's head (itself for a root)."""
        offsets = self._bundle[:, _COLUMN[HEAD]].view("int64")  # unsigned: negative wraps
        return cast(list[int], (offsets + numpy.arange(len(offsets))).tolist())

    @_Lazy
    def idx(self) -> list[int]:
        return self._ids(IDX)

    @_Lazy
    def is_punct(self) -> list[bool]:
        return [bool(v) for v in self._ids(IS_PUNCT)]

    @_Lazy
    def like_num(self) -> list[bool]:
        return [bool(v) for v in self._ids(LIKE_NUM)]

    @_Lazy
    def has_sentences(self) -> bool:
        """`doc.has_annotation("SENT_START")` (which walks the tokens on every call)."""
        return bool(self.doc.has_annotation("SENT_START"))

    @_Lazy
    def _sentences(self) -> tuple[list[int], list[int]]:
        """Each token's sentence as (start, end) token indices, as `Token.sent` bounds it."""
        n = len(self.doc)
        if not self.has_sentences:
            return [0] * n, [n] * n
        flags = self._ids(SENT_START)
        starts, ends = [0] * n, [n] * n
        first = 0
        for i in range(1, n):
            if flags[i] == 1:
                for j in range(first, i):
                    ends[j] = i
                first = i
            starts[i] = first
        return starts, ends

    def sent_starts(self) -> list[int]:
        """`sent_start(i)` of every token i (shared: never change the list)."""
        return self._sentences[0]

    def sent_start(self, i: int) -> int:
        """The index of the first token of token i's sentence."""
        return self._sentences[0][i]

    def sent_end(self, i: int) -> int:
        """The index just after the last token of token i's sentence."""
        return self._sentences[1][i]

    def sent(self, i: int) -> Span:
        """Token i's sentence, the Span `doc[i].sent` gives."""
        starts, ends = self._sentences
        return self.doc[starts[i] : ends[i]]

    @_Lazy
    def _lines(self) -> tuple[list[int], list[int]]:
        """Per token: the first token of its line (after the last token before it holding a
        line break) and the first token at or after it holding a line break (len(doc) if none)."""
        breaks = ["\n" in t for t in self.text]
        n = len(breaks)
        starts, nexts = [0] * n, [n] * n
        first = 0
        for i in range(n):
            starts[i] = first
            if breaks[i]:
                first = i + 1
        following = n
        for i in range(n - 1, -1, -1):
            if breaks[i]:
                following = i
            nexts[i] = following
        return starts, nexts

    def line_start(self, i: int) -> int:
        """The index of the first token of token i's line: the token after the nearest one
        before i whose text holds a line break (0 if none)."""
        starts = self._lines[0]
        if 0 < i < len(starts):
            return starts[i]
        while i > 0 and "\n" not in self.text[i - 1]:  # at len(doc) (or before 0): as walked
            i -= 1
        return i

    def next_break(self, i: int) -> int:
        """The index of the first token from i on whose text holds a line break; len(doc) when
        none does (also for i >= len(doc))."""
        lines = self._lines[1]
        return lines[i] if 0 <= i < len(lines) else max(i, len(lines))

    def chain(self, i: int, limit: int) -> list[int]:
        """Token i and its heads up to the root, at most `limit` indices."""
        heads = self.head
        out = [i]
        while heads[i] != i and len(out) < limit:
            i = heads[i]
            out.append(i)
        return out

    def expand(self, start_idx: int, end_idx: int) -> tuple[int, int] | None:
        """The token bounds of `doc.char_span(start_idx, end_idx, alignment_mode="expand")`
        (None when it gives None), found without making its Tokens: a token holds the
        characters from its start up to the next token's (its trailing space too)."""
        idx = self.idx
        size = len(doc_text(self.doc))
        if not (0 <= start_idx < size and 0 <= end_idx - 1 < size):
            return None
        start = bisect_right(idx, start_idx) - 1
        end = bisect_right(idx, end_idx - 1) - 1
        if start_idx == idx[start] + len(self.text[start]):  # in the space after a token
            start += 1
        return start, end + 1

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, cut from the Doc's text (no Span made); "" when empty."""
        if end <= start:
            return ""
        idx, text = self.idx, self.text
        last = end - 1
        return doc_text(self.doc)[idx[start] : idx[last] + len(text[last])]


_last: LastSeen[Doc, Columns] = LastSeen(Columns)

MAX_NAMES = 500_000  # string ids kept with their strings, at most


class _Names(dict[int, str]):
    """A StringStore's strings by id, each looked up once: the store makes a new str object
    every time it is asked, and the rules' columns ask it for every token of every Doc."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        if len(self) >= MAX_NAMES:
            self.clear()
        value = self[key] = self.strings[key]
        return value


_names_seen: LastSeen[StringStore, _Names] = LastSeen(_Names)


def _names(strings: StringStore) -> _Names:
    """The string ids of the vocabulary seen last, with their strings."""
    return _names_seen.get(strings)


def columns(doc: Doc) -> Columns:
    """The Doc's columns (kept for the Doc seen last)."""
    last = _last.last  # the rules ask this of one Doc many times over: no call for it
    if last is not None and last[0] is doc:
        return last[1]
    return _last.get(doc)
