"""The actor a clause names beats the story's other states: a nationality before a noun of a
state's own government ('the Polish side', 'the Kenyan authorities'), a state that owns the
descriptive compound of an acronym ("Turkey's crimes board MASAK"), and a regional body whose
name holds a nationality or a place ('the Indian Ocean Tuna Commission') acts for itself."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.sanctions.helpers import Rows, story

NATIONALITY_SIDES = [
    ("The Polish side froze one account last week, as we were told.", "Poland"),
    ("The Chinese side has frozen the assets of two traders since March.", "China"),
    ("The Kenyan authorities froze 14 accounts linked to the group on Friday.", "Kenya"),
    ("On Monday the Turkish side froze the accounts of three shipping agents.", "Turkey"),
]


@pytest.mark.parametrize(("text", "state"), NATIONALITY_SIDES)
def test_a_nationality_before_a_government_noun_names_the_state(
    claims_of: Rows, text: str, state: str
) -> None:
    rows = story(claims_of, text)
    assert [list(r["sanction_authorities"]) for r in rows] == [[state]]


OWNED_COMPOUNDS = [
    ("Turkey's financial crimes board MASAK froze the accounts of four suspects.", "Turkey"),
    ("Peru's financial intelligence unit UIF froze 12 accounts of the ring on Monday.", "Peru"),
    ("Ghana's financial intelligence centre FIC has frozen the assets of two traders.", "Ghana"),
    ("Kenya's asset recovery agency ARA froze three accounts of the former official.", "Kenya"),
]


@pytest.mark.parametrize(("text", "state"), OWNED_COMPOUNDS)
def test_the_owner_of_an_acronyms_description_acts(claims_of: Rows, text: str, state: str) -> None:
    rows = story(claims_of, text)
    assert [list(r["sanction_authorities"]) for r in rows] == [[state]]


REGIONAL_BODIES = [
    (
        "The Indian Ocean Tuna Commission (IOTC) added five longliners to its list of "
        "illegal fishing vessels on Friday.",
        "Indian Ocean Tuna Commission",
    ),
    (
        "The Nordic Investment Bank has debarred an Estonian builder and two of its managers "
        "for four years.",
        "Nordic Investment Bank",
    ),
    (
        "NIB's Sanctions Panel debarred a Latvian road contractor for three years on Monday.",
        "Nordic Investment Bank",
    ),
    (
        "The Western and Central Pacific Fisheries Commission added three purse seiners to its "
        "illegal fishing list in December.",
        "Western and Central Pacific Fisheries Commission",
    ),
]


@pytest.mark.parametrize(("text", "body"), REGIONAL_BODIES)
def test_a_regional_body_acts_for_itself(claims_of: Rows, text: str, body: str) -> None:
    rows: list[dict[str, Any]] = story(claims_of, text)
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [body]
