"""A 'by' phrase on the sanction noun of a passive action names who imposes it ('were placed
under visa restrictions by Canada'), as a passive verb's agent would."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("The bank has been placed under an asset freeze by Japan since 2022.", "Japan"),
        (
            "Three trading houses will be hit with export restrictions by South Korea.",
            "South Korea",
        ),
        (
            "Two judges were placed under travel bans by Australia, which said it was acting "
            "with London.",
            "Australia",
        ),
        (
            "Six captains were also placed under entry bans by Norway, which is not an EU member.",
            "Norway",
        ),
    ],
)
def test_a_by_phrase_on_the_sanction_noun_names_the_agent(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]
