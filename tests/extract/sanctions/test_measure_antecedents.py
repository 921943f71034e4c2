"""A relative clause the parser hung on whom measures are about ("the EU's package of sanctions
on Russia, which bans ...") states an action of the measure's owner, not of that state."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The move is part of the EU's 19th package of sanctions on Russia, which also bans "
            "38 more tankers from European ports.",
            "European Union",
        ),
        (
            "Ministers extended the separate EU regime on Belarusian human rights abuses, which "
            "now lists 250 individuals.",
            "European Union",
        ),
        (
            "London published its latest round of measures against Iran, which freezes the "
            "assets of 12 drone suppliers and adds 3 airlines to the list.",
            "United Kingdom",
        ),
        (
            "Canada's new sanctions against Myanmar, which target 9 army officers, took effect on "
            "Friday.",
            "Canada",
        ),
    ],
)
def test_a_clause_on_the_measures_subject_is_the_owners_action(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")  # the clause's claim comes last
    assert rows and rows[-1]["sanction_authorities"] == [authority], rows


def test_a_state_with_a_clause_of_its_own_still_acts(claims_of: Rows) -> None:
    rows = claims_of(
        "The talks with Japan, which froze the assets of 11 banks last week, ended on Friday.",
        "sanction",
    )
    assert [r["sanction_authorities"] for r in rows] == [["Japan"]], rows
