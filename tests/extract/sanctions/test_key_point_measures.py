"""A bulleted key point under a story's headline that names the measure itself ('- Freeze covers
214 accounts') restates the story's action with its authority; a bullet that only names targets
with no introduction before it stays no claim. A base-form verb the tagger gave the subject's
slot ('- Court freeze covers ...') is read as the sanction noun it spells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.sanctions.helpers import page_sanctions

HEADLINE = "Manila freezes P900 million in assets of smuggling ring\n\nKEY POINTS\n"
BODY = (
    "\n\nThe Anti-Money Laundering Council has frozen some P900 million in deposits belonging"
    " to nine traders, the council said on Monday.\n"
)


def _kinds(row: dict[str, Any]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for t in row["sanction_targets"]:
        count = t["count"]
        count = None if count is None or count != count else int(count)  # NaN from parquet
        out[t["kind"]] = (out.get(t["kind"]) or 0) + count if count else out.get(t["kind"])
    return out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Freeze covers 120 bank accounts and 14 properties", {"other": 134}),
        ("- Court of Appeals freeze covers 9 people and 4 firms", {"person": 9, "organization": 4}),
        ("- Asset freeze covers 31 accounts and two trucks", {"other": 33}),
        ("- The freeze covers 12 people and three vessels", {"person": 12, "vessel": 3}),
    ],
)
def test_a_key_point_on_the_measure_is_a_claim(
    tmp_path: Path, line: str, expected: dict[str, int]
) -> None:
    rows = page_sanctions(tmp_path, HEADLINE + line + BODY)
    found = [r for r in rows if r["sentence"].strip() == line.strip()]
    assert found, [(r["span_text"], r["sentence"]) for r in rows]
    assert found[0]["sanction_authorities"] == ["Philippines"]
    assert _kinds(found[0]) == expected


def test_an_orphan_target_bullet_stays_no_claim(tmp_path: Path) -> None:
    line = "- 25 vessels and three ship managers"
    rows = page_sanctions(tmp_path, HEADLINE + line + BODY)
    assert not [r for r in rows if r["sentence"].strip() == line]
