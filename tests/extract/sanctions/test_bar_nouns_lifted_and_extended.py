"""'bar' as a noun of a measure ('its bar on two ships has been extended', 'that bar on a trader
was lifted'): a sanction noun like 'ban' when it falls on a target group in a
story of sanctions; a drinks bar, the legal profession or a gold bar is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "Kenya banned three ships on Monday. "


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        ("Its five-year bar on two cargo ships has been extended.", "extended", {"vessel": 2}),
        ("Its bar on the tanker Kestrel was lifted on 2 June.", "lifted", {"vessel": 1}),
        ("That earlier bar on one trader was lifted in March.", "lifted", {"organization": 1}),
        ("The ministry will extend its bar on two fuel dealers.", "planned", {"organization": 2}),
    ],
)
def test_bar_on_targets_is_a_measure(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = [r for r in claims_of(LEAD + text, "sanction") if r["span_start"] >= len(LEAD)]
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was called to the bar in 1998 and later opened a bar on the waterfront.",
        "A gold bar worth $900,000 was found in the vault.",
    ],
)
def test_other_bars_are_no_measure(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
