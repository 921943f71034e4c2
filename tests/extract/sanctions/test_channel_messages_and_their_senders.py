"""An exported channel or chat: each message opens on a stamped line that names its sender
('[06.07.2026 10:05] FIU Ruritania:'). An acronym set right before a state's name on such a
line or a masthead ('AFM Kazakhstan | Official channel') is that state's body; a claim of a
message that names no actor is its sender's, not that of another state's action in an
earlier message."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.authorities import owned_acronyms
from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "acronym", "state"),
    [
        ("AFM Kazakhstan | Official channel\nAFM froze 30 accounts.", "AFM", "Kazakhstan"),
        ("[01.02.2026 09:00] FIU Fiji:\nThe FIU froze two accounts.", "FIU", "Fiji"),
        ("NBU Ukraine | Press service\nNBU revoked two licences.", "NBU", "Ukraine"),
        ("[12.03.2026 14:10] SFIS Kyrgyzstan:\nSFIS blocked 12 cards.", "SFIS", "Kyrgyzstan"),
    ],
)
def test_an_acronym_before_a_states_name_on_a_label(text: str, acronym: str, state: str) -> None:
    assert owned_acronyms(text).get(acronym) == [state]


@pytest.mark.parametrize(
    "text",
    [
        "US sanctions | Explainer\n",
        "OFAC Iran:\n",
        "EU Council | Press\n",
    ],
)
def test_no_state_body_from_blocs_or_regimes(text: str) -> None:
    assert owned_acronyms(text) == {}


HEAD = (
    "AFM Ruritania | Official channel\n"
    "[06.07.2026 10:05] AFM Ruritania:\n"
    "The AFM froze the assets of 27 people and 6 companies in a card fraud case.\n"
    "[07.07.2026 11:20] AFM Ruritania:\n"
    "At our request, Kyrgyzstan's State Financial Intelligence Service froze 212 accounts.\n"
    "[09.07.2026 10:30] AFM Kazakhstan:\n"
)


@pytest.mark.parametrize(
    "message",
    [
        "The freeze on 74 cards was lifted today after their owners proved their innocence.",
        "Assets of 8 more persons will be frozen next week.",
        "Twelve more accounts were blocked on Tuesday.",
        "Four individuals were removed from the list after their convictions expired.",
    ],
)
def test_an_agentless_claim_is_its_senders(claims_of: Rows, message: str) -> None:
    text = HEAD + message + "\n"
    start = text.index(message)
    rows = [r for r in story(claims_of, text) if r["span_start"] >= start]
    assert rows
    assert rows[0]["sanction_authorities"] == ["Kazakhstan"]
