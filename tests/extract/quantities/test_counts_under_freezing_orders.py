"""Counts that a court's or a unit's freezing order acts on belong to that action, not to a
quantity, even where no sanction claim is read: the order word may be modified by a freezing
word ('restraining orders', 'freezing directions'), act only through the assets it holds ('the
attachment of property belonging to'), or name target words after 'against'; counts of other
things beside it (people arrested, a sum frozen in accounts, an order for goods) stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate issued freezing directions against 14 traders and two shell firms.",
        "A judge in Kampala has granted restraining orders over the assets of five brothers "
        "and three transport companies.",
        "Prosecutors won the attachment of property belonging to 12 officials of the land "
        "registry.",
        "Investigators said the unit would seek further directions against up to four more "
        "suspects.",
    ],
)
def test_counts_an_order_word_acts_on_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The High Court ordered that 17 bank accounts, four farms near Mbale, nine lorries "
            "and a grader be preserved until the trial.",
            [],
        ),
        (
            "The preservation order covers 23 accounts holding about 40,000 euros in total, as "
            "well as six cars and two yachts.",
            [40000],
        ),
        (
            "Courts have now arrested the assets of 61 people and 19 firms in the smuggling cases.",
            [],
        ),
        ("Assets of eight dealers were preserved by the tribunal on Friday.", []),
    ],
)
def test_held_things_an_order_preserves_are_no_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police arrested 11 people at the border crossing on Sunday.", [11]),
        ("The airline placed orders over the weekend for 30 narrow-body jets.", [30]),
        ("The council ordered the freeze of $4 million in seven local accounts.", [4000000, 7]),
        (
            "The agency renewed the freezing directions against two brokers linked to a "
            "remittance firm, which employs 40 staff.",
            [40],
        ),
        ("Curfew orders now cover 300,000 people in four districts.", [300000, 4]),
        ("The broker paid funds to a designated firm on 5 occasions last year.", [5]),
    ],
)
def test_other_counts_beside_an_order_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The ban on two of those lenders was lifted in May after they repaid depositors.",
        "Freezes on three of the brokers were renewed on Tuesday.",
        "A travel ban against four of the officers remains in force.",
        "The restraint on five of the farms ends next month.",
    ],
)
def test_a_partitive_count_after_a_ban_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


def test_a_partitive_count_of_other_things_stays(claims_of: Rows) -> None:
    assert _values(claims_of, "Inspectors boarded two of the 40 ships on Monday.") == [2, 40]
