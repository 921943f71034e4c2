"""A page's refresh stamp after its capitalised label ('Last refresh: ...', 'Last synced ...') and a
bracketed or leading 'Posted' stamp of a note ('(posted 4 March)'): page metadata, no claim; a
sentence that tells when something was posted or refreshed still dates it."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Last refresh: Tue 03/03/2026 08:10 CET",
        "Departures board · Last refreshed 4 March 2026",
        "Last synced: 2 March 2026",
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
