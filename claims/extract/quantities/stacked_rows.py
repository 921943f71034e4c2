"""A table flattened one cell per line (a PDF's key-figures box: a row's label on a line, then
its figures each on a line of their own, latest period first, often a signed change last):
the row is one claim, its first figure, measuring what the label line names; the cells after it
(earlier periods, the change) are not claims of their own."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Token

from claims.extract.columns import columns

CELL = re.compile(r"[+\-\u2212\u2013]?\d[\d.,]*%?")
#: a character CELL never matches and no space token holds (a letter): a line with one is no cell
NOT_CELL = re.compile(r"[^\d\s+\-\u2212\u2013.,%]")
ROW_CELLS = 2  # a row: its label line, then at least this many lines holding one figure each
LABEL_WORDS = 8  # a label line longer than this is prose, not a row's label


class StackedCell(NamedTuple):
    label: list[Token]  # the label line's words before any bracket ('Revenue' of 'Revenue (m)')
    position: int  # 0 for the row's first figure
    cells: int  # how many figure lines the row holds


def _line(doc: Doc, i: int) -> tuple[int, int]:
    cols = columns(doc)
    return cols.line_start(i), min(cols.next_break(i), len(doc))


def _words(doc: Doc, first: int, end: int) -> list[Token]:
    return [t for t in doc[first:end] if not t.is_space]


def _figure_line(doc: Doc, first: int, end: int) -> bool:
    if NOT_CELL.search("".join(columns(doc).text[first:end])):
        return False  # a prose line (often a whole paragraph) said no without reading its tokens
    words = _words(doc, first, end)
    return bool(words) and CELL.fullmatch("".join(t.text for t in words)) is not None


def _blank_between(doc: Doc, a: int, b: int) -> bool:
    """More than one line break between lines: a paragraph gap ends a table."""
    return sum(t.text.count("\n") for t in doc[a:b]) > 1


def stacked_cell(doc: Doc, start: int) -> StackedCell | None:
    """Where the figure at `start`, alone on its line, stands in a one-cell-per-line row."""
    first, end = _line(doc, start)
    if not _figure_line(doc, first, end):
        return None
    position, line = 0, first
    while True:
        if line <= 0:
            return None
        above, above_end = _line(doc, line - 1)
        if _blank_between(doc, above_end, line) or not _words(doc, above, above_end):
            return None
        if not _figure_line(doc, above, above_end):
            break
        position, line = position + 1, above
    label = _words(doc, above, above_end)
    if len(label) > LABEL_WORDS or not any(t.is_alpha for t in label):
        return None
    if any(t.like_num or t.text.isdigit() for t in label) or label[-1].text in ".:":
        return None
    cells, line_end = position + 1, end
    while line_end < len(doc):
        below, below_end = _line(doc, line_end + 1)
        if below >= len(doc) or _blank_between(doc, line_end, below):
            break
        if not _figure_line(doc, below, below_end):
            break
        cells, line_end = cells + 1, below_end
    if cells < ROW_CELLS:
        return None
    cut = next((k for k, t in enumerate(label) if t.text == "("), len(label))
    return StackedCell(label[:cut], position, cells)
