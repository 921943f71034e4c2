"""A department or a liquidator that counts, registers or recovers a figure is who records it,
never what it measures (quantity_words agent_nouns): a change after the figure measures what
the figure counted."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The statistics department counted 88,000 residents in December, up 2.4% in a year.",
            "2.4%",
            "residents",
        ),
        (
            "The labour department registered 4,100 new firms in March, up 12% on a year earlier.",
            "12%",
            "firms",
        ),
        (
            "The transport department logged 9,300 crashes last year, down 6% from 2023.",
            "6%",
            "crashes",
        ),
        (
            "Liquidators said on Friday they had recovered ISK 3.1 billion so far.",
            "ISK 3.1 billion",
            "funds",
        ),
    ],
)
def test_a_recording_body_is_not_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
