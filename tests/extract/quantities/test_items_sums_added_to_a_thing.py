"""A sum added to a thing ('adds $90 a year to the typical bill') measures that thing, not a
contribution; a sum added to each unit of a good ('adds 3p to a pint') keeps its own reading."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The levy adds about $40 a year to the average water bill.", "$40", "bill"),
        ("Insurers say the rule will add EUR 2 billion a year to labour costs.", "EUR 2", "costs"),
        ("The detour added roughly $600,000 to the cost of each voyage.", "$600,000", "cost"),
        (
            "Adding GBP 85 a year to household bills, the rise takes effect in April.",
            "GBP 85",
            "bills",
        ),
    ],
)
def test_a_sum_added_to_a_thing_measures_that_thing(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The duty rise took effect on Monday, adding about 3p to a pint.", "3p"),
        ("The carbon levy adds EUR 2 to each cubic metre of sawn timber.", "EUR 2"),
    ],
)
def test_a_sum_added_to_each_unit_is_not_that_unit(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] not in ("pint", "cubic metre", "metre")
