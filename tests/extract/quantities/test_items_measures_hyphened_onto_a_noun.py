"""A measure hyphened onto a common noun ('a 90-metre seawall'): the noun is what the measure
sizes, not the unit word that carries the hyphen."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Engineers raised the 140-metre Kalinda dam by another two storeys.", "140", "dam"),
        ("A 27-kilometre bypass road will open to traffic next spring.", "27", "road"),
        ("The council has approved a 12-metre seawall along the harbour.", "12", "seawall"),
        (
            "The firm was building an 8-kilometre irrigation canal when the floods hit.",
            "8",
            "canal",
        ),
    ],
)
def test_a_hyphened_measure_sizes_the_noun_after_its_unit(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    item = found(claims_of, text, anchor)["quantity_item"]
    assert item.split()[-1] == head
    assert "metre" not in item and "kilometre" not in item
