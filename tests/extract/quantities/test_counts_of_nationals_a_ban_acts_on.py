"""A count of nationals named by a plural demonym ('three Nigerians') that a barring or listing
verb acts on is the ban's target count, as a count of target words is, also in a headline the
sanction finder reads no claim in; a count of nationals no such verb acts on stays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Court freezes smuggling ring's assets, bars four Ghanaians",
        "Police arrest ring leader; ministry bans six Pakistanis",
        "Minister freezes accounts of gang, bars two Brazilians for life",
        "Benin court freezes assets of a fuel ring, bars three Nigerians",
    ],
)
def test_nationals_a_ban_acts_on_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The firm employs 40 Nigerians at its plant.", [40]),
        ("Court bars two traders; 300 Ghanaians attend the hearing", [300]),
    ],
)
def test_nationals_no_ban_acts_on_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
