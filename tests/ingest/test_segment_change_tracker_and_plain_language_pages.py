"""Two page kinds with marked-up tops: a change tracker's comparison of two versions of a story
('[-old-] {+new+}'), titled by its headline as the newest version reads, its removed paragraphs
still body; and a plain-language version of a release, a picture's placeholder beside the
section's name over its headline."""

from __future__ import annotations

import datetime as dt

from claims.ingest.segment import latest_wording, segment_text
from tests.ingest.helpers import kind_of

DIFF = """EditWatch · following changes to news pages
Feeds | Outlets | About | Donate
Harbour Gazette › Business › "Port of Leith handles record …"
Comparing Version 1 (captured 2 Jun 2026, 08:00 UTC) with Version 2 (captured 2 Jun 2026, 17:45 UTC)
Key: [-deleted-] {+inserted+} · Show: merged | two columns
[-Port of Leith handles record 4 million tonnes-] {+Port of Leith handles record 4.3 million tonnes in May+}
By Ewan Ross · Harbour Gazette · {+Updated 2 June 2026, 17:30+}
LEITH – The port handled [-4 million-] {+4.3 million+} tonnes of freight last month, its operator said on Monday, the most in any month since it opened its new deep-water berth.
[-Container traffic climbed by a tenth against May 2025, the operator added.-]
{+Container volumes grew 12% against May 2025, reaching 61,000 boxes, it added.+}
Grain and timber accounted for the remainder, while two new shipping lines will call from July, the port said in its monthly report.
"""


def test_a_tracked_headline_titles_the_page_as_its_newest_version_reads() -> None:
    structure = segment_text(DIFF, dt.date(2026, 12, 1))
    assert structure.title == "Port of Leith handles record 4.3 million tonnes in May"
    assert structure.byline.published == dt.date(2026, 6, 2)


def test_removed_and_added_paragraphs_are_body() -> None:
    assert kind_of(DIFF, "[-Container traffic climbed") == "body"
    assert kind_of(DIFF, "{+Container volumes grew") == "body"


def test_the_newest_wording_drops_removed_words_and_keeps_added_ones() -> None:
    assert latest_wording("[-Five-] {+Six+} ferries cancelled") == "Six ferries cancelled"
    assert latest_wording("{+Storm closes two airports+}") == "Storm closes two airports"


def test_a_placeholder_beside_the_section_name_gives_way_to_the_headline() -> None:
    page = (
        "health.example.org · Department of Health\n"
        "Services | News | Plain English | Accessibility\n"
        "Home › Plain English › Flu jabs\n"
        "[Plain English logo] Plain English\n"
        "Flu jabs: who can get one this winter\n"
        "Published: 3 October 2026\n"
        "[Picture: a nurse giving a jab]\n"
        "You can get a free flu jab from Monday 12 October.\n"
    )
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == "Flu jabs: who can get one this winter"
    assert structure.byline.published == dt.date(2026, 10, 3)
