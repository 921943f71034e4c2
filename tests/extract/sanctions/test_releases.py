"""Releasing undoes a freeze: a group 'released from the freeze' or 'from sanctions', holdings or
seized goods released in a story of freezes ('a judge released two trucks'), a counted part of
the targets just told ('It released five of them'): a lifting. People released from custody, or
a statement released, are no sanction."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Each freeze order runs for six months. A court in Cartago on Friday released two"
        " pick-up trucks belonging to a coffee grower.",
        "Last year the unit froze the accounts of eight people. It released five of them in March.",
        "The prosecutor froze the assets of 31 people."
        " Seven of the 31 were released from the freeze after they repaid workers.",
        "A judge has released the funds of the charity, which had been frozen since May.",
    ],
)
def test_releasing_from_a_freeze_is_a_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert rows[-1]["sanction_status"] == "lifted"


@pytest.mark.parametrize(
    "text",
    [
        "Three people were detained on Tuesday and released on Wednesday pending charges.",
        "Canada sanctioned six officials. The ministry released a statement on Monday.",
        "The government froze the assets of the band. Police released two of the suspects.",
        "The studio released two films about the smuggling ring last year.",
    ],
)
def test_other_releases_are_no_lifting(claims_of: Rows, text: str) -> None:
    assert all(r["sanction_status"] != "lifted" for r in claims_of(text, "sanction"))


def test_holdings_released_with_no_one_releasing_are_an_effect(claims_of: Rows) -> None:
    text = (
        "The council delisted a former minister on Monday."
        " His frozen funds, estimated at $2 million, will be released."
    )
    assert [r["sanction_status"] for r in claims_of(text, "sanction")] == ["lifted"]


@pytest.mark.parametrize(
    "text",
    [
        "He fought the orders in court. Fourteen of the frozen flats were released on appeal.",
        "The frozen accounts of the two brokers were released in June after they repaid clients.",
        "A judge released the frozen deposits of a shipping agent on Tuesday.",
        "Nine of the frozen properties have since been released, the prosecutor said.",
    ],
)
def test_frozen_holdings_released_are_a_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert rows[-1]["sanction_status"] == "lifted"


def test_frozen_holdings_that_will_be_released_are_an_effect(claims_of: Rows) -> None:
    text = "The court lifted the freeze on his accounts. The frozen funds will be released soon."
    assert [r["sanction_status"] for r in claims_of(text, "sanction")] == ["lifted"]
