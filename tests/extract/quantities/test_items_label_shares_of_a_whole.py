"""A percentage on a label line with an 'of' phrase after it ('Rail: 20% of cargo') is a share
of that whole, which CLAIMS.md counts, over the label; a wrapper ('of the total') names no whole
and the label stays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "head"),
    [
        ("Rail via Brest: 24% of freight", "24%", "freight"),
        ("Protected area: 35% of the island's forests", "35%", "forests"),
        ("Farmers' share: about 12% of retail prices", "12%", "prices"),
        ("Top three buyers: more than 60% of exports", "60%", "exports"),
    ],
)
def test_a_share_on_a_label_line_counts_the_whole_after_it(
    claims_of: Rows, line: str, anchor: str, head: str
) -> None:
    item = found(claims_of, on_a_page(line), anchor)["quantity_item"]
    assert item.split()[-1] == head


def test_a_share_of_a_total_keeps_its_label(claims_of: Rows) -> None:
    row = found(claims_of, on_a_page("Copper reserves: about 20% of world total"), "20%")
    assert row["quantity_item"] == "copper reserves"
