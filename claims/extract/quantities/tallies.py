"""A vote's tally under its label, as minutes record it ("In favour: (9) the mayor, ...",
"Against: 3"): the count of votes the label names, with no noun of its own beside it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claims.extract.quantities.items import Item, words

#: What stands between a tally's label and its count: a colon, then perhaps an opening bracket.
LABEL_END = re.compile(r"\s*[:–—-]\s*\(?\s*$")


def vote_tally(doc: Doc, start: int, end: int, text: str) -> Item | None:
    """The votes a tally label at its line's start names ('opposed' -> 'votes opposed')."""
    at = doc[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    closed = LABEL_END.search(before)
    if closed is None:
        return None
    item = words()["vote_labels"].get(before[: closed.start()].strip(" •*-").lower())
    if item is None:
        return None
    last = doc[end - 1]
    return Item(item, last.idx + len(last.text), start, False, end)
