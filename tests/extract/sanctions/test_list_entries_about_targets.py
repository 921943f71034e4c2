"""A line of a sanctions list named by what it is about ('the entry concerning a Lisbon trader',
'the entries for two shipping firms') stands for that target: a verb of listing on it moves the
target onto or off the list even when no list is named ('shall be deleted' in a legal act is its
effect, lifted), and the target is what the entry is about (list_entries)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "The European Union on Friday froze the assets of five people over attacks on its ports. "


@pytest.mark.parametrize(
    ("text", "status", "kinds"),
    [
        ("The entry concerning that banker should be deleted.", "lifted", {"person": 1}),
        (
            "The entries concerning three shipping firms were removed from the list on Monday.",
            "lifted",
            {"organization": 3},
        ),
        ("The entry regarding the following man is deleted:\nOmar VALE.", "lifted", {"person": 1}),
        (
            "The entries for two more bankers shall be deleted once the court rules.",
            "lifted",
            {"person": 2},
        ),
    ],
)
def test_an_entry_about_a_target_moves_the_target(
    claims_of: Rows, text: str, status: str, kinds: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["span_start"] >= len(LEAD)
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "The entry concerning ferry fares was deleted from the website.",
        "The dictionary entry for the word was removed last year.",
    ],
)
def test_an_entry_about_no_target_is_none(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 1, rows
