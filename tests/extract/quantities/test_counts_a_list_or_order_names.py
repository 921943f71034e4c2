"""In an article that states a sanction, target words counted as the object of a membership verb
('covers', 'contains', 'names') whose subject is a list, a regime or an order, or whose relative
clause hangs on one, are the listed targets, the sanction's; counts of other things such a verb
takes, and a list in a story that states no sanction, stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows

LEAD = "The government froze the assets of a shipping magnate on Monday.\n\n"


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The freezing order names six individuals and two companies.",
        "Banks must check clients against the national list, which now contains 48 persons.",
        "The measures add to a regime that covered 21 people and 5 entities last year.",
        "The court order included four men and three trading firms, prosecutors said.",
    ],
)
def test_targets_a_list_or_order_holds_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (LEAD + "The order covers 14 bank accounts at three lenders.", [14]),
        (LEAD + "The regime, which dates from 2014, cost the budget $40 million.", [40000000]),
        ("The waiting list now contains 340 patients, the hospital said.", [340]),
    ],
)
def test_other_counts_of_a_list_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
