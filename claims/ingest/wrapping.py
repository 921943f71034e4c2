"""Logical lines of a page: a paragraph saved hard-wrapped (a plain-text feed, an email, a report
copied out of a PDF: every line cut near one width) reads as one line, so that the segmenter
judges the paragraph and the parser reads its sentences whole, not a line at a time.

A page is hard-wrapped when no line is wider than a terminal's width and several lines filled to
near the widest one go on, on the next line of the same block, in the middle of a sentence (a
lower-case word). On such a page a line filled to near the width runs on into the next line of
its block; a short line (a headline, a label, the last line of a paragraph) ends its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

#: Wider lines than this are a writer's own: such a page was not cut by a wrap.
WRAP_MAX_WIDTH = 100
#: A line filled to this share of the page's width was cut by the wrap, not ended by its writer.
WRAP_FILL = 0.6
#: How many mid-sentence breaks make a page hard-wrapped.
MIN_WRAPS = 3
#: What opens a line that goes on a sentence: a lower-case word, a figure, a bracket or a quote.
CONTINUATION = re.compile(r"[a-z(\"“‘'0-9$€£¥%]")

Physical = tuple[int, int, int]  # start, end (stripped) and the blank-line-separated block


def physical_lines(text: str) -> list[Physical]:
    """Non-blank lines with their stripped offsets and block numbers."""
    lines: list[Physical] = []
    block, pos, blank = 0, 0, False
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            if blank and lines:
                block += 1
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append((start, start + len(stripped), block))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return lines


def wrap_width(text: str, lines: list[Physical]) -> int | None:
    """The width a hard-wrapped page was cut at, or None for a page written line by line."""
    if not lines:
        return None
    width = max(end - start for start, end, _ in lines)
    if width > WRAP_MAX_WIDTH:
        return None
    breaks = sum(
        1
        for (s1, e1, b1), (s2, _, b2) in itertools.pairwise(lines)
        if b1 == b2 and e1 - s1 >= WRAP_FILL * width and _mid_sentence(text, e1, s2)
    )
    return width if breaks >= MIN_WRAPS else None


def _mid_sentence(text: str, end: int, next_start: int) -> bool:
    """A break inside a sentence: the line stops on no full stop and the next opens in lower case."""
    return text[end - 1] not in ".!?:" and CONTINUATION.match(text, next_start) is not None


@lru_cache(maxsize=16)
def logical_lines(text: str, stands_alone: Callable[[str], bool]) -> tuple[Physical, ...]:
    """The page's lines with each hard-wrapped paragraph joined into one (start of its first
    line, end of its last); a page written line by line keeps its lines. `stands_alone` tells a
    line that is its own whatever the wrap (a list item, a table row, a label line)."""
    lines = physical_lines(text)
    width = wrap_width(text, lines)
    if width is None:
        return tuple(lines)
    out: list[Physical] = []
    for start, end, block in lines:
        if out and _runs_on(text, out[-1], (start, end, block), width, stands_alone):
            out[-1] = (out[-1][0], end, block)
        else:
            out.append((start, end, block))
    return tuple(out)


def _runs_on(
    text: str, line: Physical, following: Physical, width: int, stands_alone: Callable[[str], bool]
) -> bool:
    """Whether a line of a hard-wrapped page runs on into the next: same block, its last
    physical line filled to near the width, and neither line one that stands alone."""
    if line[2] != following[2]:
        return False
    last = text[(text.rfind("\n", line[0], line[1]) + 1) or line[0] : line[1]].strip()
    if len(last) < WRAP_FILL * width:
        return False
    return not stands_alone(last) and not stands_alone(text[following[0] : following[1]])


#: Every character str.splitlines breaks a line at (a PDF's form feed among them), as a space.
LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


def flat(text: str) -> str:
    """A logical line's text with its line breaks as spaces (the same length, so offsets hold)."""
    return text.translate(LINE_BREAKS)
