"""A fraction that is its clause's subject before an auxiliary ('a fifth had already gone',
'half had already gone', 'a quarter will stay') is a share in percent, as before a verb."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound"),
    [
        ("Of the 90 nurses hired, roughly a third had quit by spring.", "a third", 33.33, "approx"),
        ("Some 400 families fled; half had already returned by May.", "half", 50.0, "eq"),
        ("Of the 60 trawlers, a quarter will stay in port this winter.", "a quarter", 25.0, "eq"),
        (
            "The board polled its 200 members and about a fifth could not vote.",
            "a fifth",
            20.0,
            "approx",
        ),
    ],
)
def test_a_fraction_subject_before_an_auxiliary_is_a_share(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_bound"]) == (
        value,
        "%",
        bound,
    )
