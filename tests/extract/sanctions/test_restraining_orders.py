"""'granted the agency a restraining order over the assets of five men', 'restraining orders were
issued against two traders': a restraining order is a court's freeze like a restraint order
(`restraining order` in sanctions.json `trigger_nouns`, `restrain` under `compound_heads`
`order`), in any tense or voice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

STORIES = [
    (
        "Court acts on fuel smugglers\n\nThe High Court in Suva on Wednesday granted the "
        "Financial Intelligence Unit a restraining order over the assets of five men.\n",
        "granted",
        "Fiji",
        "imposed",
    ),
    (
        "Timber case\n\nA judge in Port Moresby issued restraining orders against two log "
        "exporters and their director last week.\n",
        "issued",
        "Papua New Guinea",
        "imposed",
    ),
    (
        "Kenya asset case\n\nKenya's Assets Recovery Agency will seek a restraining order over "
        "the accounts of three more importers next month.\n",
        "seek",
        "Kenya",
        "planned",
    ),
    (
        "Ghana gold probe\n\nGhana's Economic and Organised Crime Office has obtained restraining "
        "orders against four gold buyers, it said on Friday.\n",
        "obtained",
        "Ghana",
        "imposed",
    ),
]


@pytest.mark.parametrize(("text", "verb", "authority", "status"), STORIES)
def test_a_restraining_order_is_a_freeze(
    tmp_path: Path, text: str, verb: str, authority: str, status: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if f" {verb} " in r["sentence"]]
    assert len(own) == 1, rows
    assert list(own[0]["sanction_authorities"]) == [authority]
    assert own[0]["sanction_status"] == status
