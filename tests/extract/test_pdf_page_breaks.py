"""Claims of text copied out of a PDF: a sentence cut by a page break is read whole (its span is
still the page's own text), and the page numbers and running headers between give no claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.stories import page_rows

HEADER = "Coastal Fisheries Board | Compliance Report 2025"

BREAKS = [
    "\n                                                   7\n" + HEADER + "\n\n",
    "\nPage 7 of 30\n\n" + HEADER + "\n",
    "\n" + HEADER + " | 7\n\n",
    "\n\n" + HEADER + "                         7\n\n",
]


def page(page_break: str) -> str:
    later = page_break.replace("7", "8")
    return (
        "COASTAL FISHERIES BOARD\nCompliance Report 2025\nPublished 3 April 2026\n\n"
        "The board inspected 1,240 vessels in 2025 and found breaches on 96 of them, up from 71\n"
        "the year before, most of them for missing or switched-off position transmitters.\n\n"
        "In its largest case of the year the board suspended the licences of three trawler\n"
        f"owners and{page_break}fined their operating company 2.4 million dollars for landing\n"
        "undeclared catches at two harbours in the south.\n\n"
        f"{later}Inspectors expect to board about 1,300 vessels in 2026.\n"
    )


@pytest.mark.parametrize("page_break", BREAKS)
def test_a_sentence_cut_by_a_page_break_is_read_whole(tmp_path: Path, page_break: str) -> None:
    text = page(page_break)
    [fine] = [r for r in page_rows(tmp_path, text, "quantity") if r["span_text"].startswith("2.4")]
    assert fine["segment"] == "body"
    assert fine["quantity_value"] == 2_400_000
    assert text[fine["span_start"] : fine["span_end"]] == fine["span_text"]
    assert fine["sentence"].startswith("In its largest case")


@pytest.mark.parametrize("page_break", BREAKS)
def test_page_numbers_and_headers_give_no_claim(tmp_path: Path, page_break: str) -> None:
    text = page(page_break)
    header_at = {i for i in range(len(text)) if text.startswith(HEADER, i)}
    rows = []
    for claim_type in ("quantity", "date"):
        (tmp_path / claim_type).mkdir()
        rows += page_rows(tmp_path / claim_type, text, claim_type)
    assert rows
    assert not any(
        r["span_start"] <= at < r["span_end"] or text[r["span_start"] : r["span_end"]] in {"7", "8"}
        for r in rows
        for at in header_at
    )
