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


#: Icons a site sets before a widget's words ('💬 23 comments', '☎ +1 555 0100'): no part of them.
ICON_LEAD = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s*")


def is_(kind: str, text: str) -> bool:
    """Whether the whole of `text` is a line of this kind ("caption", "box_line", ...), read
    without the icons a site may set before it."""
    return _patterns()[kind].match(ICON_LEAD.sub("", text)) is not None
