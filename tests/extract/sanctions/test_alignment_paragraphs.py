"""A paragraph of its own in which a state takes over measures named before
with no sanction word of its own ('Iceland said it would align with the decision') is read
(the paragraph prefilter lets its verb through) and makes the state's own claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

LEAD = (
    "EU freezes assets of four port officials\n\n"
    "The European Union on Tuesday imposed sanctions on four officials of a state port company.\n\n"
    "Switzerland, which usually mirrors EU listings, is expected to adopt the names soon.\n\n"
)


@pytest.mark.parametrize(
    ("line", "state", "status"),
    [
        ("Norway said it would align with the decision.", "Norway", "planned"),
        ("Serbia has aligned with the decision.", "Serbia", "imposed"),
        ("Montenegro is expected to align within days.", "Montenegro", "planned"),
        ("Albania will follow suit, its foreign ministry said.", "Albania", "planned"),
    ],
)
def test_an_alignment_paragraph_is_read(tmp_path: Path, line: str, state: str, status: str) -> None:
    rows = page_sanctions(tmp_path, LEAD + line + "\n")
    own = [r for r in rows if list(r["sanction_authorities"]) == [state]]
    assert len(own) == 1, rows
    assert own[0]["sanction_status"] == status
