"""A footnote mark written onto the counted noun ('workers[7]', as reports and encyclopaedia pages
cite their sources) is no part of what is counted: the item is the noun alone."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, one


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("About 3,000 workers[7] were laid off in 2023.", "workers"),
        ("The survey counted 450 households[3] in the district.", "households"),
        ("Some 1,200 refugees[12] crossed the border last week.", "refugees"),
        ("Nearly 900 teachers[5] left the profession last year.", "teachers"),
    ],
)
def test_a_footnote_mark_is_not_part_of_the_item(claims_of: Rows, text: str, item: str) -> None:
    assert one(claims_of, text)["quantity_item"] == item
