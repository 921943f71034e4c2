"""Holdings a freeze or restraint acts on stay the sanction's targets when their owner is named
('froze 38 bank accounts held by nine contractors', 'accounts belonging to', 'accounts of a
ring', 'an order over three boats owned by'): the gold counts them as 'other' targets, so they
are no quantities; sums held by an owner stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The anti-graft office has frozen 52 bank accounts held by seven builders.",
        "Investigators froze 19 accounts belonging to a shipping agent and his two sons.",
        "The unit blocked nine accounts of a cattle-smuggling ring on Thursday.",
        "A judge granted a restraining order over a hotel and four trucks owned by the group.",
    ],
)
def test_owned_holdings_under_a_freeze_are_targets(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The court froze $4 million held by the ring.", [4000000]),
        ("The firm opened 30 accounts held by new clients last year.", [30]),
    ],
)
def test_sums_and_unfrozen_holdings_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept
