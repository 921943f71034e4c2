"""What a figure measures is the head of its noun phrase, not a noun inside a qualifier
('profit after tax' measures the profit, 'earnings before interest' the earnings); a currency
named in words ('18,000 tugrik', '1.1 billion Congolese francs') is the unit, never the item; a
count of 'head of' livestock counts the livestock."""

from __future__ import annotations

import pytest

from claims.evaluate.fields import head_noun
from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("- Profit after tax at Rs 401.8 crore", "Rs 401.8 crore", "profit"),
        ("- Net profit after tax at $12.6 million, up 3%", "$12.6 million", "profit"),
        ("- Earnings before tax at EUR 91 million", "EUR 91 million", "earning"),
        ("- Income before tax at R1.2 billion", "R1.2 billion", "income"),
    ],
)
def test_a_qualified_noun_is_measured_by_its_head(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    item = found(claims_of, text, anchor)["quantity_item"]
    assert head_noun(item) == head, item


@pytest.mark.parametrize(
    ("text", "anchor", "unit"),
    [
        ("A sack of flour cost 42,000 tugrik in the capital.", "42,000 tugrik", "MNT"),
        ("Herders received grants of 300,000 tugriks each.", "300,000 tugriks", "MNT"),
        ("The unit froze 2.4 billion Congolese francs held by the group.", "2.4 billion", "CDF"),
        ("Fines reached 500,000 Congolese francs per trader.", "500,000 Congolese", "CDF"),
    ],
)
def test_a_currency_named_in_words_is_the_unit(
    claims_of: Rows, text: str, anchor: str, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] == unit
    assert "tugrik" not in str(row["quantity_item"])


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Herders lost 2.1 million head of livestock over the winter.", "2.1 million head"),
        ("Ranchers sold 40,000 head of cattle at the autumn sales.", "40,000 head"),
        ("About 900 head of sheep drowned in the flood.", "900 head"),
        ("The cooperative keeps 12,500 head of goats.", "12,500 head"),
    ],
)
def test_head_of_livestock_counts_the_animals(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] != "head"
