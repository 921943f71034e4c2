"""'froze 37 accounts held by six of the individuals': what is frozen, described by a passive
participle with an agent that is a target group, belongs to that group; the holders are the
targets and the count of the holdings is a quantity of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somalia's financial reporting centre froze 37 accounts held by six of the"
            " individuals on Monday.",
            {"person": 6},
        ),
        ("Kenya froze 12 bank accounts held by three money changers.", {"person": 3}),
        (
            "The Philippines has frozen 40 flats owned by two shell companies.",
            {"organization": 2},
        ),
        (
            "Thai authorities froze 15 accounts controlled by four smugglers last week.",
            {"person": 4},
        ),
    ],
)
def test_the_holders_of_frozen_holdings_are_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected
    assert claims_of(text, "quantity"), "the holdings' count stays a quantity"


def test_holdings_of_uncounted_holders_stay_the_targets(claims_of: Rows) -> None:
    text = "Manila said it had frozen 27 bank accounts held by the brothers."
    rows = claims_of(text, "sanction")
    assert counts(rows[0]) == {"other": 27}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada said it had frozen 12 accounts controlled by the three sisters.", {"person": 3}),
        (
            "The Lisbon court froze 14 deposits owned by the three brothers in June.",
            {"person": 3},
        ),
        (
            "A court in Oslo will freeze six accounts owned by the two shipping firms.",
            {"organization": 2},
        ),
        ("Nine deposits owned by the four officials were frozen by Kenya.", {"person": 4}),
    ],
)
def test_counted_holders_told_before_are_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    """'controlled by the three sisters': the holders counted, told before or not, are the
    targets in place of what they hold (the gold of most sets since round 41)."""
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected
