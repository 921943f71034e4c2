"""A weight or volume written right before a package noun ('a 5kg bag', 'a 20-litre can',
'25 kg sacks') sizes the package a price or a count is stated for: no quantity of its own
(CLAIMS.md-only writers leave it out or mark it unsure). The price or the count still is one."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The price of a 5kg bag of flour rose to $7.20 last month.", ["$7.20"]),
        ("A 20-litre can of cooking oil now sells for 950 shillings.", ["950"]),
        ("The mill shipped 40,000 tonnes of maize meal in 25 kg sacks.", ["40,000 tonnes"]),
        ("Shops were charging ¥3,900 for a 5-kilogram bag of rice by Friday.", ["¥3,900"]),
        ("Exporters sold 12,000 bottles of olive oil in 1-litre bottles.", ["12,000 bottles"]),
    ],
)
def test_a_package_size_is_no_claim(claims_of: Rows, text: str, kept: list[str]) -> None:
    rows = claims_of(text, "quantity")
    spans = [text[r["span_start"] : r["span_end"]] for r in rows]
    assert len(spans) == len(kept), spans
    for want, got in zip(kept, spans, strict=True):
        assert want in got, spans


def test_a_size_after_per_stays_the_base_of_its_rate(claims_of: Rows) -> None:
    text = "Growers are paid 3,100 cedis per 64kg bag this season."
    rows = claims_of(text, "quantity")
    assert len(rows) == 1
    assert rows[0]["quantity_value"] == 3100
