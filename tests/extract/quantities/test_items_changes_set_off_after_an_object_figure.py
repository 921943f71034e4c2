"""Changes set off after an object figure: 'X logged 2,000 calls, up 12% from 2023' states the
change of the figure the verb took (the calls), whoever the subject is (a port, a firm or a
border crossing named only by its proper name is no thing that changed)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Valletta's harbour logged 1,940 cruise calls in 2025, up 8% from 2024.", "8%", "calls"),
        (
            "Ecopetrol found 3,120 illegal taps in the first half, down 11% on a year earlier.",
            "11%",
            "taps",
        ),
        (
            "Chaman registered 4,870 crossings on Monday, up about 25% on the week before.",
            "25%",
            "crossings",
        ),
        (
            "Kenya Airways carried 5.2 million passengers last year, up 9% on 2024.",
            "9%",
            "passengers",
        ),
    ],
)
def test_a_change_set_off_after_an_object_figure_measures_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


def test_a_change_after_a_level_keeps_the_subject(claims_of: Rows) -> None:
    text = "Sales reached 900 units in May, up 5% on April."
    assert found(claims_of, text, "5%")["quantity_item"] == "sales"
