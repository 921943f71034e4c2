"""'HIGH COURT FREEZES SMUGGLING RING'S ASSETS', 'Judge Freezes Ex-Minister's Bank Accounts': a
headline's freeze verb with the holdings (sanctions.json `freeze_objects`) after their owner's
possessive states the freeze whoever orders it, as 'Freezes Assets Of ...' does; the story's lead
names the authority (claims.extract.sanctions.headlines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "HIGH COURT FREEZES TIMBER GANG'S ASSETS\n\nA court in Port Moresby on Monday froze "
        "the assets of seven men accused of felling protected forest.\n",
        "Papua New Guinea",
    ),
    (
        "Judge Freezes Ex-Minister’s Bank Accounts\n\nA judge in Nairobi on Friday froze 14 "
        "bank accounts of a former minister and his two sons.\n",
        "Kenya",
    ),
    (
        "Court Freezes Fuel Smugglers' Accounts\n\nA court in Accra has frozen the accounts "
        "of nine fuel smugglers, prosecutors said on Tuesday.\n",
        "Ghana",
    ),
    (
        "PROSECUTORS FREEZE CARTEL BOSS'S PROPERTY\n\nPeru's prosecutors froze the property "
        "of a cartel leader and his wife on Thursday, a court in Lima said.\n",
        "Peru",
    ),
]


@pytest.mark.parametrize(("text", "authority"), PAGES)
def test_a_headline_freezing_owned_holdings_states_a_freeze(
    tmp_path: Path, text: str, authority: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    title = [r for r in rows if r["span_start"] < text.index("\n")]
    assert len(title) == 1, rows
    assert list(title[0]["sanction_authorities"]) == [authority]
