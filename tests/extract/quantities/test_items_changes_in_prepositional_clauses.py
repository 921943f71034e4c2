"""A change stated in a preposition's clause ('before falling 6%', 'after rising by 3%') has no
subject of its own: what changes is the subject of the clause the preposition hangs on, not the
unit ('percent')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Card spending in Kenya hit KES 90 billion in 2023, up from KES 70 billion a year "
            "earlier, before dropping by about 30% in the first quarter of 2024.",
            "about 30%",
            "card spending",
        ),
        (
            "Diesel sales held steady through the winter before rising 6% in spring.",
            "6%",
            "diesel sales",
        ),
        ("The shares opened at $4.10 after falling 8% on Monday.", "8%", "shares"),
        (
            "Tourist arrivals recovered strongly last year after sliding by 15% during the war.",
            "15%",
            "tourist arrivals",
        ),
    ],
)
def test_a_change_in_a_prepositional_clause_counts_the_outer_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_item"] == item
