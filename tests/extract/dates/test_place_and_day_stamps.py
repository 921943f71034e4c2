"""A line that holds only a place and a day not after publication is the page's or the
document's own stamp: a dateline on its own line, a signing line ('Signed at Riverton, 4 May
2026.'), a letter's signature after a dash; so is a wire dateline whose agency in brackets
follows the day. None is a date claim; an event's listing or a sentence keeps its day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

PUBLISHED = dt.date(2026, 5, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Port Avalon, May 8\nUpdated 09:15",
        "Decree No. 41/2026\nMarlow Bay, 6 May 2026\nThe Prime Minister",
        "Signed at Eastcliffe, 4 May 2026.\nFor the Board",
        "- 2 May 2026, Lowmoor",
        "— 7 May 2026, Saint Helier",
        "Harbourtown, 8 May (Coastal Press). The ferry operator cut two sailings.",
        "Redvale – 07/05/2026 (RNA) – The agency halved its grain aid.",
    ],
)
def test_a_place_and_day_stamp_is_no_claim(text: str) -> None:
    found = [s for s in spans(text, PUBLISHED) if "May" in s[0] or "/05/" in s[0]]
    assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ocean Produce Expo Lisbon, 19 October 2026", "19 October 2026"),
        ("WEDNESDAY, 6 MAY", "6 MAY"),
        ("The talks, held on 4 May 2026, ended without a deal.", "4 May 2026"),
        ("Key figures, April 2026", "April 2026"),
        ("The fund paid out on 5 May (see the table). It grew.", "5 May"),
    ],
)
def test_listings_headings_and_sentences_keep_their_day(text: str, expected: str) -> None:
    assert expected in [s[0] for s in spans(text, PUBLISHED)]
