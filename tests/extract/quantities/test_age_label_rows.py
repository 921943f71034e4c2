"""A figure right after a label that is only 'Age', as a wanted or missing person's notice lays
out its rows, is that person's age: no quantity; a statistic's label ('Average age') keeps it."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Age: 52 · Hair: grey · Last seen in a blue jacket",
        "Name: withheld\nAge: 27\nLast seen: the harbour",
        "Age: about 35 · Eyes: brown",
        "Missing since Friday. Age: 16. Height: about average.",
    ],
)
def test_age_rows_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


def test_an_average_age_stays(claims_of: Rows) -> None:
    assert _values(claims_of, "Fleet profile\nAverage age: 14 years\n") == [14.0]
