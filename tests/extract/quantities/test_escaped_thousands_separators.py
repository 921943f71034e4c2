"""A thousands separator written with a backslash, as a calendar export (RFC 5545 TEXT values)
escapes every comma ('4\\,300'): the plain separator, so the figure is one number."""

from __future__ import annotations

import pytest

from claims.extract.numbers import parse_digits
from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        ("The festival expects 4\\,300 guests on the opening night.", "4\\,300 guests", 4300, "eq"),
        (
            "Crews cleared about 2\\,750 tonnes of debris from the beach.",
            "2\\,750 tonnes",
            2750,
            "approx",
        ),
        (
            "The new pipeline will carry up to 12\\,000 litres an hour.",
            "12\\,000 litres",
            12000,
            "lte",
        ),
        ("Last winter 1\\,065\\,000 people used the ferry.", "1\\,065\\,000 people", 1065000, "eq"),
    ],
)
def test_escaped_separators_in_calendar_text(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"]) == (value, bound)


@pytest.mark.parametrize(("token", "value"), [("9\\,400", 9400), ("3\\,500.5", 3500.5)])
def test_escaped_separator_parses(token: str, value: float) -> None:
    assert parse_digits(token) == value


def test_a_malformed_escaped_figure_is_still_no_number() -> None:
    assert parse_digits("12\\,34") is None
