"""A headline verb in -s that the tagger reads as a plural noun, with the sanction noun after it
read as the verb ('Bank orders freeze on four bureaus' parsed as 'orders' the subject of
'freeze'), is the action on that noun; a freeze on anything not held or targeted ('freeze on
fuel prices') stays none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Bank of Sierra Leone orders freeze on four forex bureaus, seven directors", "imposed"),
        ("Court extends freeze on two logging firms", "extended"),
        ("Judge orders freeze on accounts of six traders", "imposed"),
        ("High court extends freeze on three charities", "extended"),
    ],
)
def test_headline_verb_read_as_noun(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Council lifts freeze on hiring of teachers",
        "Government orders freeze on fuel prices",
    ],
)
def test_other_freezes_in_headlines(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
