"""A change stated 'by an average of N' or 'by a total of N' is still the 'by' phrase of the
change verb: what changed is the verb's object, as in 'raised fares by 8%', not the summary noun
('average', 'total') that only frames the figure, nor who made the change."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Landlords raised rents by an average of 9% this year.", "9%", "rents"),
        (
            "The council will lift parking charges by an average of 12% next spring.",
            "12%",
            "parking charges",
        ),
        ("Airlines have cut their fares by an average of 15% since May.", "15%", "fares"),
        (
            "Water tariffs were being increased by the regulator, which trimmed subsidies by "
            "a total of 30% over two years.",
            "30%",
            "subsidies",
        ),
    ],
)
def test_a_change_by_a_summary_noun_counts_the_verbs_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "An audit showed bills padded by an average of 18% across the project.",
            "18%",
            "bills",
        ),
        (
            "Inspectors reported fares raised by an average of 11% on rural routes.",
            "11%",
            "fares",
        ),
        ("Rents fell by an average of 4% last year.", "4%", "rents"),
        (
            "Tuition fees, increased by a total of 20% since 2019, now top $9,000.",
            "20%",
            "tuition fees",
        ),
    ],
)
def test_a_summary_noun_in_a_change_is_no_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] == item
