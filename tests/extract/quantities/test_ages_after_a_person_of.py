"""A lone figure in an 'of' phrase right after a singular person noun ('a woman of 96') gives that
person's age, which CLAIMS.md keeps out of quantities; a person noun with a counted noun after
the figure ('a driver of 12 lorries') is no age."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The oldest resident of the island is a woman of 108 who still keeps goats.",
        "A farmer of 71 was pulled from the flooded barn by neighbours on Sunday.",
        "Rescuers found a boy of nine alive under the rubble after two days.",
        "The ballot was cast by a pensioner of 99, the electoral office said.",
    ],
)
def test_a_person_of_a_lone_figure_is_an_age(claims_of: Rows, text: str) -> None:
    spans = _spans(claims_of, text)
    assert not any(s.split()[0].lower() in ("108", "71", "nine", "99") for s in spans), spans


def test_a_person_of_a_counted_noun_stays(claims_of: Rows) -> None:
    text = "Police stopped the owner of 14 lorries at the border crossing."
    assert any("14 lorries" in s for s in _spans(claims_of, text))
