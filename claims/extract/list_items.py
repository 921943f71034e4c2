"""A list flattened onto one line with its items split by bars ("Key points: | first point |
second point | third point"): each item is a sentence of its own for the parser, so a claim in
one item lends no verb, state, authority or count to the next, as a bulleted list's lines lend
none. A table row ("Exports | 9.8 | 9.1"), a strip of short fields ("Flag: X | Crew: 20") and a
line with a single bar (a dateline's place before its story) keep the parser's own sentences.

A deck or standfirst that joins clauses with semicolons and ends with no stop, each clause but
the last closed by a headline's bare participle ("Nine accounts frozen; two traders barred from
the port"), tells two things: each clause is a sentence of its own, so the parser does not hang
the one on the other. A deck whose first part is a noun phrase with its description ("Nine
traders accused of fraud; 30 accounts blocked") stays one sentence: its targets are the
clause's after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

SEPARATOR = "|"
ITEM_SPLIT = re.compile(r"\s+\|\s+")
#: A table cell: a bare figure, a dash or a blank mark, never a list item.
CELL = re.compile(r"[+\-−–]?\d[\d.,]*\s?%?|[-–—]+|n/?a", re.I)
WORD = re.compile(r"[^\W\d_]+")
ITEM_MIN_PIECES = 3  # the line's label or first item and two more
ITEM_MIN_WORDS = 4  # an item that reads as a phrase, not a field
LONG_ITEMS_MIN = 2
CLAUSE_BREAK = ";"
DECK_MAX_CHARS = 240  # a deck, not a paragraph that happens to sit on one line
DECK_CLAUSE_MIN_WORDS = 3
DECK_STOPS = (".", "!", "?", ":", '"', "\u201d")
#: The end of a clause closed by a past participle ('frozen', 'blocked'), by its spelling alone:
#: the deck is split before the tagger runs.
PARTICIPLE_END = re.compile(r"[a-z](?:ed|en)\W*$")


def is_item_line(line: str) -> bool:
    """Whether a single line is a list flattened with bars: three pieces or more, two of them
    phrases of four words or more, none a table's bare figure."""
    if "\n" in line:
        return False
    pieces = [p.strip() for p in ITEM_SPLIT.split(line.strip())]
    if len(pieces) < ITEM_MIN_PIECES or any(CELL.fullmatch(p) for p in pieces):
        return False
    long_items = sum(len(WORD.findall(p)) >= ITEM_MIN_WORDS for p in pieces)
    return long_items >= LONG_ITEMS_MIN


def mark_items(doc: Doc, line: str) -> None:
    """Set `doc`'s sentence starts at its items when `line` (the page text it was made from) is
    a list flattened with bars; the parser keeps them. Other Docs are left alone."""
    if not is_item_line(line):
        return
    for token in doc[1:]:
        token.is_sent_start = doc[token.i - 1].text == SEPARATOR


def is_deck_line(line: str) -> bool:
    """Whether a single line is a deck of clauses joined by semicolons: short, with no stop at
    its end, every piece but the last closed by a participle, and every piece a phrase of
    DECK_CLAUSE_MIN_WORDS words or more."""
    text = line.strip()
    if "\n" in text or CLAUSE_BREAK not in text or len(text) > DECK_MAX_CHARS:
        return False
    if text.endswith(DECK_STOPS) or is_item_line(text):
        return False
    pieces = text.split(CLAUSE_BREAK)
    if not all(PARTICIPLE_END.search(p.rstrip()) for p in pieces[:-1]):
        return False
    return all(len(WORD.findall(p)) >= DECK_CLAUSE_MIN_WORDS for p in pieces)


def mark_deck_clauses(doc: Doc, line: str) -> None:
    """Set `doc`'s sentence starts after each semicolon when `line` (the page text it was made
    from) is a deck of clauses; other Docs are left alone."""
    if not is_deck_line(line):
        return
    for token in doc[1:]:
        token.is_sent_start = doc[token.i - 1].text == CLAUSE_BREAK
