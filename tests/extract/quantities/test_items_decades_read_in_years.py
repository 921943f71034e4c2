"""A decade written with an article is read in the unit it stands for (10 years), so what it
counts is years, as for any stretch of years ('for more than a decade': 10 years)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The mill has stood empty for more than a decade.", "a decade"),
        ("Rents in the capital have risen every year for nearly a decade.", "a decade"),
        ("The ministry wants the network finished within a decade.", "a decade"),
        ("Fishing in the bay has been banned for more than a decade.", "a decade"),
    ],
)
def test_a_decade_counts_years(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        10,
        "years",
        "years",
    )
