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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington blacklisted Golden Delta Petroleum in March 2024.", "imposed"),
        ("London added Northern Star Shipping Limited to its list in May.", "imposed"),
        ("Ottawa sanctioned Grand Lakes Mining Corp in June 2023.", "imposed"),
        ("Canberra delisted Pacific Jade Trading in August.", "lifted"),
    ],
)
def test_sentence_of_names_with_a_lower_case_verb_is_no_headline(
    claims_of: Rows, text: str, expected: str
) -> None:
    """Capitalized names can make a sentence look title-cased; its lower-case verb says it is
    a sentence, whose named object is the target."""
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == expected
    assert [(t["kind"], t["count"]) for t in rows[0]["sanction_targets"]] == [("organization", 1)]
