"""A label line whose sanction noun carries a few words of its own before the colon ('Freezes in
force: 23 entities, 41 persons', 'Listings revoked this year: 4 firms') labels the counted
targets after the colon as the bare label does ('Asset freeze: 11 people'); a verb of lifting
among those words lifts them (claims.extract.sanctions.headlines.label_claim)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import counts, page_sanctions

HEAD = "Ministry of Finance | Republic of Panama\n\nSanctions register: summary at 30 June.\n\n"


@pytest.mark.parametrize(
    ("line", "expected", "status"),
    [
        (
            "Freezes in force: 23 entities, 41 persons",
            {"organization": 23, "person": 41},
            "imposed",
        ),
        ("Travel bans still active: 9 officials", {"person": 9}, "imposed"),
        ("Designations made this year: 14 companies", {"organization": 14}, "imposed"),
        (
            "Listings revoked since January: 4 companies, 2 persons",
            {"organization": 4, "person": 2},
            "lifted",
        ),
    ],
)
def test_a_qualified_label_counts_its_targets(
    tmp_path: Path, line: str, expected: dict[str, int], status: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, HEAD + line + "\n") if r["span_text"] == line]
    assert len(rows) == 1
    assert counts(rows[0]) == expected
    assert rows[0]["sanction_status"] == status


def test_a_qualified_label_with_a_date_is_none(tmp_path: Path) -> None:
    rows = page_sanctions(tmp_path, HEAD + "Sanctions list last updated: 12 March\n")
    assert not [r for r in rows if r["span_text"].startswith("Sanctions list")]
