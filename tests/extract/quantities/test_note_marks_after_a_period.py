"""An encyclopaedia page puts its citation mark after the sentence's period ('cost about EUR 88
million.[3]'): the mark splits off as a token of its own, so the scale word still scales the
figure and the time unit or noun before the period is read without the mark."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "Construction began in 2019 and cost about €88 million.[3] It opened in 2022.",
            "€88",
            88_000_000,
            "cost",
        ),
        (
            "The lease was signed for a period of 25 years.[2] Flights began soon after.",
            "25",
            25,
            "period",
        ),
        (
            "The terminal can handle 2.5 million passengers.[14] A second one is planned.",
            "2.5",
            2_500_000,
            "passengers",
        ),
        (
            "The reserve is home to some 600 pelicans.[7][8] Hunting is banned.",
            "600",
            600,
            "pelicans",
        ),
    ],
)
def test_a_citation_mark_after_the_period_leaves_the_figure_whole(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)
