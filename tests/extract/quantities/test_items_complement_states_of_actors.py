"""A share on the adjective that completes a copula ('the plant is 60% complete') states how
far along the subject is: the subject is what the share measures, even a noun that elsewhere
names a body that acts (a plant, a shipyard, a mill), which is never the item of a sum it
only expects or pays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The larger plant, near the coast, is 60% complete.", "60%", "larger plant"),
        (
            "The smelter was about 40 percent complete when the money ran out.",
            "40 percent",
            "smelter",
        ),
        ("The shipyard is now 90% complete and will open in May.", "90%", "shipyard"),
        ("By June the second mill was 55% complete.", "55%", "second mill"),
    ],
)
def test_a_share_of_a_complement_measures_the_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_an_actor_that_expects_a_sum_is_not_its_item(claims_of: Rows) -> None:
    row = found(claims_of, "The ministry expects EUR 14 billion in receipts.", "EUR 14 billion")
    assert row["quantity_item"] != "ministry"
