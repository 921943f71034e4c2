"""Counts of what a freezing or listing word acts on (objects, passive and inverted subjects,
'on'/'against' phrases, holders, the items listed after a target) belong to the sanction even
where no sanction claim is read; counts of a clause of their own, sums and measures stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The court also froze 12 lorries and three forklifts belonging to the firm.",
        "The freeze covers 17 bank accounts, six tractors, two grain silos and a warehouse.",
        "The district judge has frozen 30 water pumps and four bulldozers at the prosecutors' "
        "request.",
        "Also frozen were a Cessna light aircraft owned by the group, 11 delivery vans and "
        "two flats in the old town.",
        "A ban imposed last year on five traders was extended on Monday.",
        "Freezes on four more suppliers are expected before the summer, an official said.",
        "Their stakes in three local mines were blocked.",
        "Accounts of two money changers were blocked by the unit.",
    ],
)
def test_counts_a_freeze_acts_on_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Also frozen were four motorboats, the Sea Lark and the Gull, which police value "
            "at €2.3 million.",
            [2300000],
        ),
        ("The unit froze 9 accounts, and officers seized 40 rifles.", [40]),
        ("The regulator blocked 4,000 piracy sites last month.", [4000]),
        ("The freeze covers two accounts, while the company employs 300 workers.", [300]),
        ("Also frozen were 30 lorries, two local papers reported.", [2]),
    ],
)
def test_other_counts_beside_a_freeze_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "A judge froze the assets of 27 in the pyramid fraud case.",
        "Regulators freeze assets of 8 after pension scam",
        "The accounts of six were blocked after the raid on the exchange bureau.",
        "The unit will freeze the property of 14 linked to the ring.",
    ],
)
def test_a_bare_count_of_owners_of_frozen_holdings_is_no_quantity(
    claims_of: Rows, text: str
) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said four dealers' deposits were frozen in May.",
        "The central bank said 11 traders' accounts were blocked.",
        "The prosecutor froze three brokers' holdings in March.",
        "Police have frozen two suspects' bank accounts.",
    ],
)
def test_a_count_of_owners_whose_holdings_are_frozen_is_no_quantity(
    claims_of: Rows, text: str
) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The court froze assets of $12 million held by the ring.", [12000000]),
        ("Investigators froze assets of 3.5 billion rupees.", [3500000000]),
    ],
)
def test_sums_after_assets_of_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
