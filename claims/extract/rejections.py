"""Rejected candidates: why a rule looked at some words and made no claim of them.

The components hand a `Rejections` to the finders. It is a `Counter` of reasons (what
`claims extract` sums up), and it also keeps each candidate's words, for `claims explain`.
A finder reports a candidate with `reject(reason, start, end)` (token indices). Finders that only
count (`rejections[reason] += 1`) still get their candidate recorded: the caller's frame is read
for the token (`tok`) or the token range (`start`, `end`) it was looking at. That bridge keeps the
rules' code untouched; a finder that passes its candidate explicitly does not need it.
"""

from __future__ import annotations

import sys
from collections import Counter
from types import FrameType
from typing import TypedDict

from spacy.tokens import Doc, Token

#: How many frames above the increment the candidate is looked for.
FRAMES = 4


class Rejected(TypedDict):
    """One candidate a rule turned down: the reason and the words (character offsets in the doc)."""

    reason: str
    start: int
    end: int
    text: str


class Rejections(Counter[str]):
    """Reasons counted, candidates kept."""

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self.doc = doc
        self.candidates: list[Rejected] = []
        self._explicit = False

    def reject(self, reason: str, start: int, end: int) -> None:
        """Count `reason` and keep the candidate doc[start:end] (token indices)."""
        self._explicit = True
        try:
            self[reason] += 1
        finally:
            self._explicit = False
        self._keep(reason, start, end)

    def __setitem__(self, key: str, value: int) -> None:
        before = self.get(key, 0)
        super().__setitem__(key, value)
        if value > before and not self._explicit:
            found = self._from_caller()
            if found is not None:
                self._keep(key, *found)
            else:
                self.candidates.append({"reason": key, "start": -1, "end": -1, "text": ""})

    def _keep(self, reason: str, start: int, end: int) -> None:
        span = self.doc[start:end]
        self.candidates.append(
            {"reason": reason, "start": span.start_char, "end": span.end_char, "text": span.text}
        )

    def _from_caller(self) -> tuple[int, int] | None:
        """The token range the counting code was looking at, read from its local variables."""
        frame: FrameType | None = sys._getframe(2)
        for _ in range(FRAMES):
            if frame is None:
                return None
            names = frame.f_locals
            tok = names.get("tok")
            if isinstance(tok, Token) and tok.doc is self.doc:
                return tok.i, tok.i + 1
            start, end = names.get("start"), names.get("end")
            if (
                isinstance(start, int)
                and isinstance(end, int)
                and 0 <= start < end <= len(self.doc)
            ):
                owner = names.get("self")
                if getattr(owner, "doc", None) is self.doc or names.get("doc") is self.doc:
                    return start, end
            frame = frame.f_back
        return None
