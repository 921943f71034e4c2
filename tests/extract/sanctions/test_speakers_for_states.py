"""A first-person or state pronoun that a speaker reports acts for the state the speaker speaks
for: the body a 'for'/'of' phrase on the speaker names, a nationality modifying the speaker, or
the one state a speaker label opening the line names ('NAME (Spokesperson, Ministry of Foreign
Affairs of Chile): We have decided ...')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "A spokesperson for Kenya's foreign ministry said on Monday: \"We have frozen the "
            'accounts of six people."',
            "Kenya",
        ),
        (
            '"We have frozen the accounts of six people," a Kenyan ministry spokesperson said.',
            "Kenya",
        ),
        (
            "A spokesman for the Ghanaian finance ministry said they had frozen the assets of "
            "four traders.",
            "Ghana",
        ),
        (
            "The Chilean foreign minister told reporters we will freeze the assets of three "
            "companies next week.",
            "Chile",
        ),
    ],
)
def test_a_reported_pronoun_acts_for_the_speakers_state(
    claims_of: Rows, text: str, state: str
) -> None:
    rows = story(claims_of, text)
    assert [r["sanction_authorities"] for r in rows] == [[state]], rows


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "TRANSCRIPT\n[00:01:10] MARIA LOPEZ (Spokesperson, Ministry of Foreign Affairs of "
            "Chile): Today we have decided to freeze the assets of three companies.",
            "Chile",
        ),
        (
            "Q: Will Tokyo act?\nA (Japanese foreign ministry spokesperson): We have decided to "
            "impose an asset freeze on eleven individuals.",
            "Japan",
        ),
        (
            "PRESS BRIEFING\nSPOKESPERSON (Foreign Ministry, Peru): We froze the accounts of "
            "nine firms this morning.",
            "Peru",
        ),
        ("MINISTER OKAFOR (Nigeria): We will sanction twelve officials next week.", "Nigeria"),
    ],
)
def test_a_speaker_label_names_whom_we_stands_for(claims_of: Rows, text: str, state: str) -> None:
    rows = story(claims_of, text)
    assert [r["sanction_authorities"] for r in rows] == [[state]], rows


def test_a_label_naming_no_state_gives_none(claims_of: Rows) -> None:
    text = "HOST: What did the government do?\nMINISTER: We froze the accounts of nine firms."
    assert story(claims_of, text) == []
