"""An unnamed home subject ('the Government', 'Ministers', 'the Treasury') in a sentence that
opens on a place set off by a comma ('In Lisbon, the Government froze ...') is that place's
state's, not the story's most-named authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = (
    "Seoul on Monday sanctioned six people and two firms over the scheme. "
    "South Korea also designated a tanker. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In London, the government froze 12 properties held by the group.", "United Kingdom"),
        ("In Lisbon, the Government has frozen the accounts of four of the men.", "Portugal"),
        (
            "In Ottawa, the Minister of Foreign Affairs imposed asset freezes on three of the brokers.",
            "Canada",
        ),
        ("In Canberra, the government will sanction two more shipping firms.", "Australia"),
    ],
)
def test_a_fronted_place_names_the_home_subjects_state(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = story(claims_of, LEAD + text)
    assert rows[-1]["sanction_authorities"] == [expected], rows
    assert rows[0]["sanction_authorities"] == ["South Korea"], rows
