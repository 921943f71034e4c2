"""The things listed right after a freezing order's 'over' or 'covering' ('a restraint order
over three trucks and a villa'), or that a passive restating verb says the order covers ('Nine
accounts are covered by the order'), are the order's targets, no quantities, whatever they are
and however the parser hangs the list; sums, and counts under other orders, stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return sorted(r["quantity_value"] for r in claims_of(text, "quantity"))


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate granted a restraint order over a sawmill, three trucks and 11 bank "
        "accounts on Tuesday.",
        "Investigators obtained preservation orders over two beach houses in Mombasa last week.",
        "A freezing order over her town house and four cars was granted in March.",
        "The tribunal will issue a freeze order next week covering 40 accounts and six boats.",
    ],
)
def test_things_an_order_lists_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nine accounts at a local lender are covered by the order.",
        "Twelve bank accounts, five lorries and three plots were covered by the freeze.",
        "Fourteen deposit accounts have also been covered by the restraint order.",
    ],
)
def test_things_a_passive_says_an_order_covers_are_no_quantities(
    claims_of: Rows, text: str
) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Prosecutors won a restraint order over $2.5 million held in four accounts.",
            [4, 2500000],
        ),
        ("The council issued planning orders over 30 plots near the harbour.", [30]),
    ],
)
def test_sums_and_other_orders_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
