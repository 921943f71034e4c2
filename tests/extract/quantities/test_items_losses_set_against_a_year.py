"""A change set after a figure that a verb of losing governs measures the loss of the thing lost
('lost 2,300 hectares of forest, up 18% on 2024': forest loss), as for exports or output."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "Belize lost an estimated 2,300 hectares of forest last year, up 18% on 2024.",
            "18%",
            "loss",
        ),
        ("The country lost 41,000 hectares of tree cover in 2025, up 9% from 2024.", "9%", "loss"),
        (
            "The glacier lost 1.2 metres of ice this summer, 30% more than a year ago.",
            "30%",
            "loss",
        ),
        ("Mali lost 12,000 hectares of woodland in 2025, down 5% on 2024.", "5%", "loss"),
    ],
)
def test_a_change_after_a_loss_measures_the_loss(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
