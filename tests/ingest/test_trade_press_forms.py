"""A trade paper's metered bar over its menu: the count of free stories the reader has left this
month, perhaps with its subscription offer after it, is the site's furniture, never the headline."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text

STORY = (
    "Customs agency clears a backlog of 900 containers at the river terminal\n"
    "By Marta Quill · 4 Jun 2026\n\n"
    "The customs agency said on Tuesday it had cleared about 900 containers that had waited for"
    " inspection at the river terminal since the start of May.\n"
)


@pytest.mark.parametrize(
    "meter",
    [
        "You have 2 free articles left in May. Subscribe for $9/month",
        "You have one free story left this week",
        "You've got 3 more free reads remaining - sign in to keep reading",
        "4 free articles left this month",
    ],
)
def test_a_metered_bar_is_no_headline(meter: str) -> None:
    page = f"CARGO LINES · freight · ports · logistics\n{meter}\nNews | Ports | Markets | People\n{STORY}"
    assert segment_text(page).title == STORY.splitlines()[0]
