"""A social thread's and a web archive's counters ('12 Quotes · 4 Bookmarks', '8.1K posts',
'31 captures') count the page's readers or snapshots, no claim of the story; the same nouns in a
sentence stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "line",
    [
        "17 Reposts · 12 Quotes · 88 Likes · 4 Bookmarks",
        "What's happening · #FuelPrices · 8.1K posts",
        "31 captures",
        "Pinned · 3 saves",
    ],
)
def test_thread_and_archive_counters_are_no_quantities(claims_of: Rows, line: str) -> None:
    assert _values(claims_of, f"Thread\n\n{line}\n") == []


def test_the_same_nouns_in_a_sentence_stay_quantities(claims_of: Rows) -> None:
    text = "The ministry's account published 40 posts on the strike in a single day."
    assert _values(claims_of, text) == [40]


@pytest.mark.parametrize(
    "line",
    [
        "Open data · 2,310 downloads · CSV",
        "9 comentarios · Compartir",
        "27 commentaires | Partager",
        "Report card | 415 downloads",
    ],
)
def test_download_and_foreign_comment_counters_are_no_quantities(
    claims_of: Rows, line: str
) -> None:
    assert _values(claims_of, f"Thread\n\n{line}\n") == []


def test_downloads_in_a_sentence_stay_quantities(claims_of: Rows) -> None:
    text = "The tax form app logged 52,000 downloads in its first week."
    assert _values(claims_of, text) == [52000]
