"""Rejected candidates: why a rule looked at some words and made no claim of them.

The components hand a `Rejections` to the finders. It is a `Counter` of reasons (what
`claims extract` sums up) that also keeps each candidate's words, for `claims explain`: a finder
reports a candidate with `reject(reason, start, end)` (token indices).
"""

from __future__ import annotations

from collections import Counter
from typing import TypedDict

from spacy.tokens import Doc


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

    def reject(self, reason: str, start: int, end: int) -> None:
        """Count `reason` and keep the candidate doc[start:end] (token indices)."""
        self[reason] += 1
        span = self.doc[start:end]
        self.candidates.append(
            {"reason": reason, "start": span.start_char, "end": span.end_char, "text": span.text}
        )
