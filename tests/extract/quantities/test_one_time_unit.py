"""One of a time unit written with a numeral ('by one year', 'for 1 month') is in that unit, as
'a year' and 'two years' are: the singular after the number is the same unit."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "unit"),
    [
        ("Parliament has prolonged the mandate by one year.", "one year", "years"),
        ("Anyone caught smuggling faces up to one year in jail.", "one year", "years"),
        ("The pilot scheme will run for one month, officials said.", "one month", "months"),
        ("Negotiators had been holed up for 1 week when the deal was struck.", "1 week", "weeks"),
    ],
)
def test_one_time_unit_after_a_numeral_is_that_unit(
    claims_of: Rows, text: str, anchor: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (1, unit)
