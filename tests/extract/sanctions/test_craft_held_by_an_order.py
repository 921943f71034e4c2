"""A ship or an aircraft grounded, detained or impounded by an order is property held whole: the
target of the measure when the hold is under the order or a court orders it, after a page that
speaks of a freeze; a coast guard or the police holding a boat on their own state none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.sanctions.helpers import page_sanctions

HEAD = "Panama Court Freezes Assets Of Fuel Smuggling Ring\n\n"
BODY = (
    "\n\nA court in Panama City on Monday froze bank accounts held by a fuel smuggling network.\n"
)


def _row(tmp_path: Path, line: str) -> list[dict[str, Any]]:
    rows = page_sanctions(tmp_path, HEAD + line + BODY)
    return [r for r in rows if r["sentence"].strip() and r["sentence"].strip() in line]


@pytest.mark.parametrize(
    ("line", "kind", "count"),
    [
        ("The judge also ordered three trawlers detained at the harbour on 3 May.", "vessel", 3),
        (
            "A Beechcraft plane owned by the broker was grounded under that court order on 4 May.",
            "aircraft",
            1,
        ),
        ("The court ordered the firm's two tugboats impounded in 2025.", "vessel", 2),
        ("Its cargo helicopter was impounded under the freeze on 2 June.", "aircraft", 1),
    ],
)
def test_craft_held_by_an_order(tmp_path: Path, line: str, kind: str, count: int) -> None:
    rows = _row(tmp_path, line)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"
    assert [(t["kind"], int(t["count"])) for t in rows[0]["sanction_targets"]] == [(kind, count)]


@pytest.mark.parametrize(
    "line",
    [
        "The coast guard detained two fishing boats off the cape on 5 May.",
        "Police impounded a yacht at the marina on 6 May.",
        "The carrier's two jets have been grounded for wing repairs since 9 April.",
    ],
)
def test_a_hold_with_no_order_is_none(tmp_path: Path, line: str) -> None:
    assert not _row(tmp_path, line)
