"""'In the end' after a sum says when it was settled, not what the sum was spent on."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("In the last crisis the state paid out SEK 52 million in the end.", "SEK 52 million"),
        ("The insurer settled for $3 million in the end, court papers show.", "$3 million"),
        ("The club spent about EUR 40 million in the end on two players.", "EUR 40 million"),
        ("Donors gave GBP 9 million in the end, well short of the appeal.", "GBP 9 million"),
    ],
)
def test_in_the_end_is_not_the_item(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] != "end"
