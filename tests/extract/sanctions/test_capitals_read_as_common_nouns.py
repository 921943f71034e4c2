"""A capital or a state's name that opens a headline is the acting state even where the tagger
reads it as a common noun (or as anything but a proper noun): a word spelled exactly as the
table writes a state's name or seat is that state."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Putrajaya lists five Sulu kidnap financiers, two firms and three pump boats", "Malaysia"),
        ("Putrajaya lists three firms and two boats", "Malaysia"),
        ("Windhoek freezes assets of four fishing firms", "Namibia"),
        ("Naypyidaw blacklists three firms and two pilots", "Myanmar"),
    ],
)
def test_a_capital_as_written_is_its_state(claims_of: Rows, text: str, state: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [state]


def test_a_lower_case_word_is_no_state(claims_of: Rows) -> None:
    text = "The chad deposits of three firms were frozen by the court."
    assert all("Chad" not in r["sanction_authorities"] for r in claims_of(text, "sanction"))
