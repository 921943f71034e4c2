"""A commentary's endnotes under its "Notes" label: a note that only cites a source (its number
in brackets, the kind of record and its day among comma-split pieces) is the page's reference
list, never its text; a note that reports a fact in a clause of its own stays text."""

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
        "[1] Spending figures from the Port Authority of Vela, press release, 9 January 2026.",
        "[2] Interview with a former harbour engineer, Vela, 14 December 2025.",
        "[3] Dr A. Moreno, testimony to the regional transport committee, 2 March 2024",
        "[12] Coastal Institute, working paper on sediment flows, June 2025.",
    ],
)
def test_a_citation_endnote_is_boilerplate(note: str) -> None:
    text = f"{STORY}Notes\n{note}\n"
    assert kind_of(text, note) == "boilerplate"
    assert kind_of(text, "The port spent about $40 million") == "body"


def test_an_endnote_that_reports_stays_text() -> None:
    note = "[2] The survey counted 1,300 tonnes of silt a month; the port has not disputed it."
    text = f"{STORY}Notes\n{note}\n"
    assert kind_of(text, note) != "boilerplate"
