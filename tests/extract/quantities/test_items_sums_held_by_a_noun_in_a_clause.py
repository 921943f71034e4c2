"""A sum a noun holds in its clause: 'a grant of $4m a year to farmers' measures the grant, not
where it goes."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "The state pays a diesel rebate of MVR 900 million a year to the fishing fleet.",
            "900",
            "rebate",
        ),
        ("The ministry approved a bonus of $300 to teachers in remote schools.", "300", "bonus"),
        (
            "The fund made a transfer of EUR 2 million to the regional hospital.",
            "2 million",
            "transfer",
        ),
        (
            "Ottawa will send an annual payment of C$50 million to the province.",
            "50 million",
            "payment",
        ),
    ],
)
def test_a_sum_a_noun_holds_measures_the_noun_not_where_it_goes(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
