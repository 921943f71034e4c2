"""A state that declares a group inadmissible, excluded or prohibited from entering a country bans
their entry, however the parser hangs the standing: as the last conjunct of the group ('declared
two Peruvians and a Chilean inadmissible'), as a participle on the group ('declared three
traders prohibited from entering Ghana'), or as a clause of its own ('were declared excluded
persons')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The migration office on Friday declared two Peruvian pilots and a Chilean mechanic"
        " inadmissible.",
        "The immigration service on Monday declared three Malian traders prohibited from"
        " entering Senegal.",
        "Four Serbian nationals tied to the gang were declared excluded persons in May.",
        "Last month the interior ministry declared six Chinese miners prohibited from entering"
        " Guyana.",
    ],
)
def test_a_declared_standing_of_one_kept_out_is_an_entry_ban(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The court declared the evidence inadmissible.",
        "The league declared two players ineligible for the final.",
    ],
)
def test_a_standing_that_keeps_nobody_out_of_a_state_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
