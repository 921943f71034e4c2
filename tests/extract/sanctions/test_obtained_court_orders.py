"""'has obtained freezing orders against 38 persons', 'obtained a preservation order over the
accounts', 'will obtain freezing orders': a body that obtains a freeze or an order from a court
states that freeze as its state's action (`obtain` in sanctions.json `action_verbs`), imposed, or
planned when it looks ahead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

STORIES = [
    (
        "FIU update\n\nThe Financial Intelligence Unit of St Vincent and the Grenadines said on Monday that it had frozen two accounts of a charter firm.\n\nSince the Act came into force, it has obtained freezing orders against 38 persons.\n",
        "obtained",
        "St Vincent and the Grenadines",
        "imposed",
    ),
    (
        "Kenya agency update\n\nKenya's Assets Recovery Agency froze the accounts of four fuel importers on Tuesday.\n\nThe agency obtained a preservation order over the accounts of two more importers last month.\n",
        "obtained",
        "Kenya",
        "imposed",
    ),
    (
        "Ghana freezes gold accounts\n\nGhana's Economic and Organised Crime Office froze the accounts of three gold buyers on Friday.\n\nProsecutors obtained asset freezes on two more buyers from the High Court in Accra.\n",
        "obtained",
        "Ghana",
        "imposed",
    ),
    (
        "Zambia update\n\nZambia's Drug Enforcement Commission will obtain freezing orders against five more traders, it said on Monday.\n",
        "obtain",
        "Zambia",
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "verb", "authority", "status"), STORIES)
def test_an_obtained_freeze_is_an_action(
    tmp_path: Path, text: str, verb: str, authority: str, status: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if r["span_text"].startswith(verb)]
    assert len(own) == 1, rows
    assert list(own[0]["sanction_authorities"]) == [authority]
    assert own[0]["sanction_status"] == status
