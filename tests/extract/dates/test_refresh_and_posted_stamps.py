"""A bracketed or leading 'Posted' stamp of a note ('(posted 4 March)'): page metadata, no claim;
a sentence that tells when something was posted or refreshed still dates it. (A page's 'Last
refresh' stamp stays a date: a page with no publication date reads its day from it.)"""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "SUPPLY NOTE (posted Mar 4)",
        "[Posted 12 February]",
    ],
)
def test_a_refresh_or_posted_stamp_is_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The results were posted on 3 March once counting ended.",
        "The register was refreshed in February 2026 after the audit.",
        "Officers posted to the border on 4 May were recalled.",
    ],
)
def test_posted_or_refreshed_in_a_sentence_keeps_its_date(text: str) -> None:
    assert find_dates(text) != []
