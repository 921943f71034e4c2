"""'The Ministry of Finance of Malawi', 'the Central Bank of the Republic of Kenya': a body
whose name ends on a state one 'of' phrase further than its head acts for that state, outside
the alias table too."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("The Ministry of Finance of Malawi froze the accounts of two firms.", "Malawi"),
        (
            "The Central Bank of the Republic of Kenya froze the deposits of three traders.",
            "Kenya",
        ),
        (
            "The Ministry of Internal Affairs of the Republic of Azerbaijan has added nine"
            " foreign nationals to its entry ban list.",
            "Azerbaijan",
        ),
        (
            "The Ministry of Justice of Uzbekistan on Monday banned six foreign preachers from"
            " entering the country.",
            "Uzbekistan",
        ),
    ],
)
def test_a_body_of_a_state_one_of_further_acts_for_it(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1
    assert rows[0]["sanction_authorities"] == [authority]
