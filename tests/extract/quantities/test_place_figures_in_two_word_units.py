"""A written figure (a decimal or a grouped one) after a place name and before a unit written in
two tokens ('per cent', '°C' as the tokenizer cuts it) is the place's measure in a list or a
row, never a name's number ('Terminal 4'): 'Chile 11.6 per cent', 'Basra 48.3°C'."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "Exports went 41.5 per cent to Germany, France 12.3 per cent and Italy 9.8 per cent.",
            "12.3 per cent",
            12.3,
        ),
        ("Highs on Sunday: Basra 48.3°C, Nasiriyah 47.9°C and Amarah 46.1°C.", "47.9°C", 47.9),
        ("Turnout was 61.2 per cent in the north, Ostrava 55.4 per cent.", "55.4 per cent", 55.4),
        ("Readings at noon: Windhoek 31.5 °C and Keetmanshoop 36.2 °C.", "36.2 °C", 36.2),
    ],
)
def test_place_figures_in_two_word_units(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_name_number_without_a_unit_stays_out(claims_of: Rows) -> None:
    text = "Flights now leave from Terminal 4 and the old hall."
    assert claims_of(text, "quantity") == []
