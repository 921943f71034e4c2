"""A figure that a notice repeats in words in brackets right after it ('KES 45,000 (forty-five
thousand shillings)', '4 (four) inspectors') is one quantity, the figure's: the words in the
bracket make no second claim."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Starting salary: KES 45,000 (forty-five thousand shillings) a month.", 45000),
        ("Vacancies: 4 (four) field inspectors", 4),
        ("The bond raised EUR 200,000,000 (two hundred million euros) in one day.", 2e8),
        ("Each bidder posts a bond of USD 15,000 (fifteen thousand dollars).", 15000),
    ],
)
def test_figures_repeated_in_words_make_one_claim(claims_of: Rows, text: str, value: float) -> None:
    assert [r["quantity_value"] for r in claims_of(text, "quantity")] == [value]
