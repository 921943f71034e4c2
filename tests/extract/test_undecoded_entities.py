"""A page saved with its HTML character references undecoded ('&nbsp;', '&#8217;', '&quot;'):
the parser reads them decoded, so the claims they hold are found, and every offset maps back to
the page as saved (span_text == text[span_start:span_end], the entities kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.rejoin import on_page, unescaped
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("page", "read"),
    [
        ("fined EUR&nbsp;2.5&nbsp;million", "fined EUR 2.5 million"),
        ("the port&#8217;s new crane", "the port’s new crane"),
        ("called it &quot;unlawful&quot; today", 'called it "unlawful" today'),
        ("from May&nbsp;and&nbsp;June &ndash; the season", "from May and June – the season"),
    ],
)
def test_references_are_read_decoded_at_the_pages_length(page: str, read: str) -> None:
    text, _ = unescaped(page)
    assert " ".join(text.split()) == read
    assert len(text) == len(page)


def test_offsets_of_the_decoded_text_map_back_to_the_page() -> None:
    page = "the board&#8217;s fine of GBP&nbsp;40&nbsp;million on &quot;Kelp Co&quot; stands"
    text, shifts = unescaped(page)
    for word, saved in [
        ("board’s", "board&#8217;s"),
        ("GBP 40 million", "GBP&nbsp;40&nbsp;million"),
        ("40", "40"),
        ('"Kelp', "&quot;Kelp"),
        ('Co"', "Co&quot;"),
        ("stands", "stands"),
    ]:
        start = text.index(word)
        assert page[on_page(shifts, start) : on_page(shifts, start + len(word))] == saved


PAGE = (
    "Harbour Gazette &ndash; News from the islands\n"
    "Home &raquo; News &raquo; Courts\n"
    "COURT FINES TRAWLER OWNER&#8217;S FIRM\n"
    "Posted on May 4, 2026 by Newsdesk &nbsp;|&nbsp; 3 Comments\n"
    "The High Court on Monday fined the owner&#8217;s company {fine} for landing undeclared"
    " catches, the court&#8217;s registrar said.\n"
    "Share this:\n"
    "Like Loading...\n"
)

FINES = {
    "SBD&nbsp;2.4&nbsp;million": 2_400_000,
    "EUR&nbsp;75,000": 75_000,
    "US$&nbsp;1.2&nbsp;million": 1_200_000,
    "GBP&nbsp;310,000": 310_000,
}


@pytest.mark.parametrize("fine", FINES)
def test_a_sum_written_with_no_break_spaces_is_found_on_the_page(tmp_path: Path, fine: str) -> None:
    text = PAGE.format(fine=fine)
    rows = [r for r in page_rows(tmp_path, text, "quantity") if r["quantity_value"] == FINES[fine]]
    assert rows, "the fine is found"
    [row] = rows
    assert text[row["span_start"] : row["span_end"]] == row["span_text"]
    assert fine in row["span_text"]
    assert text[row["sentence_start"] : row["sentence_end"]] == row["sentence"]
