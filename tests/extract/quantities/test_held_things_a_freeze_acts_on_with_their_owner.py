"""Holdings a freeze or restraint acts on whose owner is told without a count ('froze nine
accounts of a cattle ring', 'four trucks owned by the group') are the sanction's targets (the
gold counts them as 'other' targets), no quantities; holdings of counted owners ('52 accounts
held by seven builders': the owners are the targets) and sums held stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The anti-graft office has frozen 52 bank accounts held by the builder's directors.",
        "Investigators froze 19 accounts belonging to a shipping agent and his sons.",
        "The unit blocked nine accounts of a cattle-smuggling ring on Thursday.",
        "A judge granted a restraining order over a hotel and four trucks owned by the group.",
    ],
)
def test_holdings_of_an_uncounted_owner_are_targets(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The anti-graft office has frozen 52 bank accounts held by seven builders.", [52]),
        ("The court froze $4 million held by the ring.", [4000000]),
        ("The firm opened 30 accounts held by new clients last year.", [30]),
    ],
)
def test_holdings_of_counted_owners_and_sums_stay(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
