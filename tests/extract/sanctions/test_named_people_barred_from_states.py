"""A named person, as the subject of a passive of barring, kept from entering or travelling to a
state or bloc is under an entry ban in any tense ('had been barred from entering Canada'); the
name is a person's. Kept out of a building, a stadium or a match, it is no sanction."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    "text",
    [
        "Pieter Vos, a shipping tycoon, had been barred from entering the United States since 2019.",
        "Mirela Kostova was banned from travelling to the European Union last year.",
        "Under the new order, Viktor Orel will be barred from entering Canada.",
        "Marta Velez has been banned from entering the country for ten years.",
    ],
)
def test_named_person_barred_from_a_state(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == {"person": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Novak Djokovic was barred from playing in the tournament.",
        "Smith was barred from entering the building by police.",
        "Jones was banned from entering the stadium for three years.",
    ],
)
def test_named_person_kept_out_of_other_places(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
