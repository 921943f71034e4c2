"""A share after a fronted 'of' phrase and its comma ('Of the 640 reports in the archive, 12%
were withdrawn') is a share of that phrase's own noun, not of a place or record named after it;
a bare count there counts the same noun."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Of the 1,200 claims filed in the review, 42% were rejected.", "42%", "claims"),
        ("Of the 310 schools inspected, 15% lacked running water.", "15%", "schools"),
        ("Of the 640 reports in the archive, 12% were later withdrawn.", "12%", "reports"),
        ("Of the 75 ferries on the register, 8% have been scrapped.", "8%", "ferries"),
        ("Of the vessels checked at the port last month, 20 were detained.", "20", "vessels"),
    ],
)
def test_a_share_after_a_fronted_of_phrase_counts_its_noun(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
