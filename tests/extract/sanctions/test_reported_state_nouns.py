"""A bare 'the country', 'the city' or 'the kingdom' as the subject of an action that a state's
body reports stands for that state, as a pronoun does ("Kenya's ministry said the country had
frozen ...")."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Singapore's home ministry said the city would freeze the assets of the two brokers.",
            "Singapore",
        ),
        (
            "Kenya's foreign ministry said the country had frozen the accounts of six traders.",
            "Kenya",
        ),
        (
            "Bahrain's interior ministry said the kingdom would add four men to its terrorist "
            "list.",
            "Bahrain",
        ),
        ("Ottawa said on Monday the country will impose travel bans on nine officers.", "Canada"),
    ],
)
def test_a_reported_state_noun_stands_for_the_reporting_state(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = carried(claims_of, "The US Treasury sanctioned the network in May. " + text)
    assert rows and rows[-1]["sanction_authorities"] == [expected], rows
