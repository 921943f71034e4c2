"""A state's officials named by a nationality ('Greek police', 'Spanish prosecutors') act for
that state, not for the story's home state that a bare 'police' would take."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "SAN MARINO, May 3 - A San Marino court froze the assets of four financial advisers on "
    "Monday, the court said in a statement after a long inquiry into a bond scheme.\n\n"
)

PAGES = [
    (LEAD + "Italian police froze three accounts in Riccione on Tuesday, sources said.\n", "Italy"),
    (LEAD + "French customs police have frozen two bank accounts held in Nice.\n", "France"),
    (LEAD + "Spanish police on Friday froze a flat in Valencia owned by one adviser.\n", "Spain"),
    (LEAD + "Two accounts in Munich were frozen last week by German police.\n", "Germany"),
]


@pytest.mark.parametrize(("text", "state"), PAGES)
def test_nationality_names_the_officials_state(tmp_path: Path, text: str, state: str) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if r["sentence_start"] > len(LEAD) - 2]
    assert own, rows
    assert all(list(r["sanction_authorities"]) == [state] for r in own), rows
    lead = [r for r in rows if r["sentence_start"] < len(LEAD) - 2]
    assert all(list(r["sanction_authorities"]) == ["San Marino"] for r in lead), rows
