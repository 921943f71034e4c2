"""Line patterns of page furniture (data/page_furniture.json), each kind one regex matched
against a whole stripped line, case-insensitively; shared by the segmenter and the byline
reader."""

from __future__ import annotations

import re
from functools import cache

from claims.resources import load_data


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = load_data("page_furniture")
    return {
        key: re.compile("^(?:" + "|".join(values) + r")\s*$", re.I)
        for key, values in raw.items()
        if not key.startswith("_")
    }


def is_(kind: str, text: str) -> bool:
    """Whether the whole of `text` is a line of this kind ("caption", "box_line", ...)."""
    return _patterns()[kind].match(text) is not None
