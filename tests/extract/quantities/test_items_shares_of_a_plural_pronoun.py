"""A percentage of 'them', 'those' or 'these' with no noun after it to say what the share is
counts what the figure before it counted, not the clause's subject."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The army carried out 900 raids, roughly 40% of them at night.", "40%", "raids"),
        (
            "The agency handled 12,400 complaints last year, about 30% of them from abroad.",
            "30%",
            "complaints",
        ),
        ("Police made 310 arrests, 45% of those in the capital.", "45%", "arrests"),
        ("Some 2,300 homes were flooded, nearly 60% of them in the delta.", "60%", "homes"),
    ],
)
def test_a_share_of_a_plural_pronoun_counts_the_figure_before(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
