"""A sum a noun holds in its clause: 'a grant of $4m a year to farmers' measures the grant, not
where it goes; 'the contract was worth $9m' measures the contract, a noun no change of the figure
before even though its verb ('to contract') is a fall."""

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


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Exports fell to 3 million tonnes, and the contract for the port was worth $40 million.",
            "40",
        ),
        ("The bank lent EUR 90 million, and the builder's contract was worth EUR 61m.", "61m"),
        ("Oil output rose to 2 mb/d, and the new supply contract is worth $1.2 billion.", "1.2"),
        (
            "Sales dropped by $3 million, while the defence contract will be worth $25 million.",
            "25",
        ),
    ],
)
def test_a_contract_after_another_figure_is_what_its_sum_is_worth(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == "contract"
