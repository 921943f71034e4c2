"""Round 50: an endnote that names a record by the day it was made ('[2] Port Authority,
statement of 4 May 2026.') dates an event the story relies on, and stays text; a note that
cites a source with its publication day as a piece of its own stays the page's references."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

STORY = (
    "Harbour Watch\n\nWhy the new breakwater will not stop the silt\n\n"
    "By Ines Caro | 3 February 2026\n\n"
    "The port spent about $40 million on the breakwater, yet dredging bills keep rising.[1]\n\n"
    "Engineers warned of this in 2019, when the first survey came out.[2]\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "[1] Port Authority of Vela, statement of 9 January 2026.",
        "[2] Regional court, freeze order of 14 December 2025.",
        "[3] Transport ministry, press release of 2 March 2026",
        "[4] Harbour board, decree of 30 June 2025.",
    ],
)
def test_an_endnote_naming_a_record_by_its_day_stays_text(note: str) -> None:
    text = f"{STORY}Notes\n{note}\n"
    assert kind_of(text, note) == "body"


def test_an_endnote_citing_a_source_and_its_day_stays_the_references() -> None:
    note = "[1] Port Authority of Vela, press release, 9 January 2026."
    text = f"{STORY}Notes\n{note}\n"
    assert kind_of(text, note) == "boilerplate"
