"""A headline's kicker ('Week in Sanctions: ...') labels a section: its last word is no verb of
action, so the headline's own first clause keeps its authority and status."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [
        (
            "This Week In Sanctions: Ottawa Lifts Ban On Two Airlines, Seoul Blacklists Six Hackers",
            ["Canada"],
            "lifted",
        ),
        ("Month in Sanctions: Britain Delists Two Banks", ["United Kingdom"], "lifted"),
        ("Asia Sanctions: Tokyo Freezes Assets Of Four Cartel Bosses", ["Japan"], "imposed"),
        (
            "Trade and Sanctions: Brussels Renews Syria Listings For A Year",
            ["European Union"],
            "extended",
        ),
    ],
)
def test_kicker_word_is_no_action(
    claims_of: Rows, text: str, authority: list[str], status: str
) -> None:
    first = claims_of(text, "sanction")[0]
    assert first["sanction_authorities"] == authority
    assert first["sanction_status"] == status
