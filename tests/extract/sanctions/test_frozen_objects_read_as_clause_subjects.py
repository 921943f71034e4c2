"""'froze 40 accounts holding $2m': the parser may read the frozen holdings as the subject of the
-ing clause after the verb; they are still what is frozen, so the freeze is a claim. Frozen
things that are no holdings ('froze pipes carrying water') stay none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The unit separately froze 63 bank and e-wallet accounts holding about 2.8 billion pesos.",
        "Argentina froze 12 accounts holding 4 million dollars on Friday.",
        "Prosecutors froze 30 accounts containing the proceeds of the fraud.",
        "The agency has frozen five deposits totalling 3 million euros.",
    ],
)
def test_holdings_read_as_a_clause_subject_are_frozen(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


def test_other_things_frozen_are_no_sanction(claims_of: Rows) -> None:
    assert claims_of("The storm froze pipes carrying water to the town.", "sanction") == []
