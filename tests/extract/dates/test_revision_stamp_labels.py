"""A page's or a file's own revision stamp after a capitalised label ('Last modified 2 May 2025',
'Last updated | 4 March 2026'): page metadata, no date claim (CLAIMS.md); a sentence that tells
when something was last updated still dates that."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import find_dates


@pytest.mark.parametrize(
    "text",
    [
        " 2. fares_2024.xlsx   XLSX   88 KB   Last modified 2 May 2025   [Download]",
        "| Last updated     | 4 March 2026",
        "Last updated on 3 Feb 2023 · Print",
        "Last updated: 9 January 2024, 07:15",
        "Date modified: 2025-11-03",
        "Rail fares rise by 4%. (Updated 11 June 2025, 14:05)",
        "(Updated June 11, 2025 at 3:10 p.m.)",
        "Harbour desk · Updated: 2 March 2026",
        "[updated 14 May]",
    ],
)
def test_a_revision_stamp_is_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The register was last updated on 3 March after the audit.", "on 3 March"),
        ("The tariff list was last modified in August 2019.", "in August 2019"),
        ("The date modified in the deed was 4 May 2021.", "4 May 2021"),
        ("The sanctions list was updated on 3 June.", "on 3 June"),
        ("Updated figures released on 3 June show a rise.", "on 3 June"),
    ],
)
def test_last_updated_in_a_sentence_still_dates_it(text: str, surface: str) -> None:
    assert [text[m.surface_start : m.end] for m in find_dates(text)] == [surface]
