"""A change set off after the figure of a label line ('Vans: 8,100 units, up 3%') measures what
the label names, as the figure does; the figure's measure word ('units', 'bpd') is not a thing
that changes."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Tractor sales: 41,200 units, up 9.4% y/y", "9.4%", "tractor sales"),
        ("Scooters: 12.5 lakh units, down 3.1% m/m", "3.1%", "scooters"),
        ("Refinery runs: 310,000 bpd, up 1.2% on the month", "1.2%", "refinery runs"),
        (
            "Passenger cars: 3,90,120 units, up 5.2% y/y and down 1.4% m/m",
            "5.2%",
            "passenger cars",
        ),
    ],
)
def test_a_change_after_a_label_figure_measures_the_label(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_verbless_change_of_a_noun_keeps_the_noun(claims_of: Rows) -> None:
    assert found(claims_of, "Profit down 6% year on year", "6%")["quantity_item"] == "profit"
