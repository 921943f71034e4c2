"""A change noun with its 'of' figure set off after a figure in the same line or sentence
('Containers: 92,418 TEU; growth of 11.3%', 'EBITDA at $61m, an increase of 11%') changes what
that figure measured: its item is that figure's, never the change noun ('growth', 'expansion');
a change noun in a sentence of its own keeps its own reading."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("- Passengers: 1.42 million; growth of 6.2%", "6.2%", "passengers"),
        ("Operating profit reached $88 million, an increase of 14%.", "14%", "operating profit"),
        ("- Gross margin at 41.3%, an expansion of 60 bps", "60 bps", "gross margin"),
        ("Wheat exports came to 3.1 million tonnes, a decline of about 9%.", "about 9%", "exports"),
        ("- Tourist arrivals: 812,000; a rise of 4.4%", "4.4%", "arrivals"),
    ],
)
def test_a_change_set_off_after_a_figure_is_of_that_figure(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    got = str(found(claims_of, text, anchor)["quantity_item"])
    assert got.split()[-1] == item.split()[-1], got


def test_a_change_in_a_sentence_of_its_own_keeps_its_reading(claims_of: Rows) -> None:
    text = "Output was 310,000 barrels a day. Growth of 3% is expected next year."
    assert found(claims_of, text, "3%")["quantity_item"] != "output"
