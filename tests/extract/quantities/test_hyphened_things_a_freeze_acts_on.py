"""What a freezing word acts on may be named by a hyphened compound ('two cash-handling
firms'): its count is still the sanction's, whatever hyphens the compound has; the same
compound counted outside such an action stays a quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "A district court freezes two silver-trading counters.",
        "A court froze three money-transfer kiosks in the market.",
        "The regulator froze two cash-handling firms and a bank.",
        "Prosecutors have frozen four fuel-importing companies since May.",
    ],
)
def test_hyphened_targets_of_a_freeze_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


def test_the_compound_counted_elsewhere_stays(claims_of: Rows) -> None:
    text = "The cooperative runs two silver-trading counters in the old town."
    assert any("two silver-trading counters" in s for s in _spans(claims_of, text))
