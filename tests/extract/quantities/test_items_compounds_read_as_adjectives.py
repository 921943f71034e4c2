"""A compound whose second noun the tagger reads as an adjective or a
name ('ammonium nitrate', 'palm oil', 'South Koreans') keeps both words: the second is the head."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Police found 12 kg of ammonium nitrate in a garage.", "12 kg", "ammonium nitrate"),
        (
            "The port had stored some 900 tonnes of ammonium nitrate for years.",
            "900 tonnes",
            "ammonium nitrate",
        ),
        ("Indonesia will produce roughly 48 mt of palm oil this year.", "48 mt", "palm oil"),
        ("More than 200 South Koreans were flown home on Sunday.", "200", "south koreans"),
        ("The blaze burned 300,000 hectares of North Island bush.", "300,000", "north island bush"),
        ("Traders said 50 tonnes of rice available were sold.", "50 tonnes", "rice"),
        ("Ships carried 2 million tonnes of maize worth about $1 billion.", "2 million", "maize"),
    ],
)
def test_a_compound_read_as_adjective_or_name_keeps_both_words(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
