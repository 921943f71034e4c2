"""A count that a verb lifting or extending a measure acts on, in an article that states a
sanction, is the lifted or extended sanction's target count, no quantity: a part of a whole told
before ('released two of the 30 accounts', 'six of those boats') or a count of held things ('the
other four accounts lapsed'). Counts of anything else such verbs act on ('released 12 hostages')
and parts of a whole the story took as no target ('four of the nine detained sailors') stay
quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "A judge froze 80 trucks and 12 accounts of the haulier in May. Nine of the 80 trucks "
            "were released on Thursday after their lessors came forward.",
            [],
        ),
        (
            "The agency froze 40 accounts in 2022. A year later it lifted the freeze orders on "
            "15 of those accounts.",
            [],
        ),
        (
            "Prosecutors froze 31 accounts last month. The court has extended the order in respect "
            "of 20 of the 31 accounts; the orders on the other 11 accounts lapsed.",
            [],
        ),
        (
            "The regulator blocked 18 wallets linked to the exchange. It will release four of the "
            "18 wallets once the owners prove their identity.",
            [],
        ),
    ],
)
def test_parts_of_lifted_or_extended_targets_are_no_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The court froze 26 accounts in January. Police released 12 hostages on Friday.", [12]),
        (
            "The court froze 26 accounts in January. It released four of the nine detained "
            "sailors on bail.",
            [4, 9],
        ),
        ("The firm extended 12 of its 30 credit lines to the farmers this year.", [12, 30]),
    ],
)
def test_other_counts_of_such_verbs_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
