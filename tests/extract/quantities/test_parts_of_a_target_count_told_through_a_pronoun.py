"""', 12 of them this year' after a count of a ban's or a freeze's targets in the same sentence
takes a part of those targets: no quantity. The count right before the partitive must be the
targets' own; a partitive of other things ('200 firms ..., 50 of them') stays a quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has barred 40 foreign traders from entering the country, 12 of them "
        "this year.",
        "The unit froze 30 accounts last month, and nine of them were released later.",
        "Officials have declared 15 sailors prohibited immigrants, six of them in May.",
        "The board debarred 22 contractors, eight of them from the capital.",
    ],
)
def test_a_part_of_the_targets_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The agency has frozen the assets of 14 brokers, while 200 firms applied for "
            "licences, 50 of them from abroad.",
            [200, 50],
        ),
        ("Police arrested 30 people, 12 of them women.", [30, 12]),
    ],
)
def test_parts_of_other_counts_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
