"""A paper's or a file's page furniture: a line that lists only its sizes (pages, figures,
tables), a size in a link's bracket closed by an abbreviation's dot, and a paper page's
citation counter are no claims of the story; the same words counted in running text stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Remarks: 22 pages, 5 figures, 3 tables.",
        "Journal note: 31 pages and 7 figures",
        "18 pages; 2 tables",
        "[PDF] Draft law as tabled (64 pp.)",
        "Annual report 2025 (212 pp.)  ·  Annex B (17 pp.)",
        "Cite this paper · Export citation · 12 citations",
    ],
)
def test_document_sizes_are_page_furniture(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The audit runs to 140 pages and holds 9 tables on pay.", "140 pages"),
        ("The café put out 14 tables and 50 chairs for the fair.", "14 tables"),
        ("Turnout fell 3 pp. to 58% in the second round.", "3 pp"),
    ],
)
def test_sizes_in_running_text_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Download the ruling (PDF, 14 pages, 1.2 MB) | French version",
        "Get the full text (9 pages, 310 kB)",
        "Read the annex here (Word, 3 pages, 45 KB, English)",
        "Attachment: budget statement (PDF, 48 pages, 6 MB)",
    ],
)
def test_sizes_in_a_bracket_with_another_size_are_furniture(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []
