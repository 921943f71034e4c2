"""A bare month word right before a name's particle and a capitalised word ('the seiner Mar del
Sur') is a word of a ship's, a place's or a firm's name, not a month."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors boarded the longliner Mar del Sur off the coast.",
        "The agency struck the Mar de Cortes from its register last week.",
        "Two reefers, the Mar da Prata and the Ocean Star, were blacklisted.",
        "Port officials held the tanker Mar di Levante for a week.",
    ],
)
def test_a_month_word_before_a_name_particle_is_no_month(text: str) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025) if s.startswith("Mar")] == []


def test_a_month_before_a_lower_case_word_is_still_a_month() -> None:
    assert [s for s, _, _ in spans("Prices fell in March de facto.", THU_06_NOV_2025)] == ["March"]
