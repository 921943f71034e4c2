"""A newspaper's corrections column: each entry opens on a label naming its number or kind and,
in brackets, the article it corrects ('ENTRY 2 — [Ref. X-1 · News, p4 · Tue 5 May]'); the label
and the correction under it are the column's own text, never a teaser and its excerpt."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "THE HARBOUR GAZETTE\nNews · Sport · Opinion\nCorrections and clarifications\n"
    "Compiled by Ana Lowe, Readers' Editor · Tuesday 12 May 2026\n"
    "The Gazette fixes serious mistakes quickly and lists each fix here on Tuesdays.\n\n"
)
TEXT = (
    "A report on the port said 40 cranes were idle. The figure was 14, as the harbour board said."
)


@pytest.mark.parametrize(
    "label",
    [
        "ENTRY 2 — [Ref. N-0405-12 · News, p12 · Mon 4 May]",
        "Item 5: [ref. B-77 · Business, online only]",
        "CLARIFICATION — [Ref. S-0305-02 · Sport, p2]",
        "Correction (article of 2 May, page 9)",
    ],
)
def test_an_entry_label_and_its_text_are_the_column(label: str) -> None:
    page = (
        f"{TOP}{label}\n{TEXT}\n\nHOW TO REACH US\nWrite to the Readers' Editor at the Gazette.\n"
    )
    assert kind_of(page, label) == "body"
    assert kind_of(page, "A report on the port said") == "body"
