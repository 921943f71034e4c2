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


@pytest.mark.parametrize(
    "text",
    [
        "UK Cartel Bosses Hit With Travel Bans In First Use Of New Drug Sanctions",
        "Japanese Bank Chiefs Hit By Asset Freezes Under Expanded Cyber Sanctions",
        "British Smuggling Ring Leaders Hit With Entry Bans Under Fresh Migration Sanctions",
        "EU Arms Brokers Hit With Asset Freezes In Second Round Of Cyber Sanctions",
    ],
)
def test_sanction_word_after_a_preposition_is_no_second_action(claims_of: Rows, text: str) -> None:
    """The one action is the headline's verb; the noun a preposition governs adds none."""
    rows = claims_of(text, "sanction")
    assert len(rows) <= 1, rows
    assert not any(text[r["span_start"] : r["span_end"]] == "Sanctions" for r in rows)
