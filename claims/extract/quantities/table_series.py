"""A bar-separated table row that runs one measure across several periods ('Grain line | 12.8 |
13.1 | 14.0' under 'Route | 2021/22 | 2022/23 | 2023/24'): the row is one claim, the figure
of its latest period; the cells before it are the series' history, not claims of their own.
Rows whose cells carry their own unit, sign or share ('| 1,742 thousand | +12.3% |') are left
to be read cell by cell."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claims.extract.columns import columns
from claims.extract.quantities.items import row_cells

BARE = re.compile(r"[+\-\u2212\u2013]?\d[\d.,]*")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
SERIES_CELLS = 3  # a series: at least this many bare figures in one row
HEADER_LINES = 12  # how far up a row's period header is looked for


def _bare(doc: Doc, first: int, end: int) -> bool:
    """A cell that holds one figure and nothing else."""
    words = [t for t in doc[first:end] if not t.is_space]
    return bool(words) and BARE.fullmatch("".join(t.text for t in words)) is not None


def _header_years(doc: Doc, start: int, width: int) -> list[int | None] | None:
    """The first year each cell of the nearest bar-separated line above the row names (a period
    header), aligned from the right with a row of `width` cells; None when no line above, up to
    the first line without bars, names a year."""
    cols = columns(doc)
    line = cols.line_start(start)
    for _ in range(HEADER_LINES):
        if line <= 0:
            return None
        line = cols.line_start(line - 1)
        cells = row_cells(doc, line)
        if cells is None:
            return None
        years = [YEAR.search(doc[a:b].text) for a, b in cells]
        if any(years):
            found = [int(m.group()) if m else None for m in years]
            return ([None] * width + found)[-width:]
    return None


def earlier_in_series(doc: Doc, start: int) -> bool:
    """The figure at `start` stands in a series row (SERIES_CELLS or more cells holding only a
    figure) in a cell other than the row's latest period: the cell under the header's latest
    year, or the last figure when no header names years."""
    cells = row_cells(doc, start)
    if cells is None:
        return False
    own = next((k for k, (a, b) in enumerate(cells) if a <= start < b), None)
    bare = [k for k, (a, b) in enumerate(cells) if _bare(doc, a, b)]
    if own is None or own not in bare or len(bare) < SERIES_CELLS:
        return False
    keep = bare[-1]
    years = _header_years(doc, start, len(cells))
    if years is not None:
        dated = [(years[k], k) for k in bare if years[k] is not None]
        if len(dated) == len(bare):
            keep = max(dated)[1]
    return own != keep
