"""European notation: a decimal comma before a scale word ('1,8 million euros'), thousands set
off by a space ('350 000', '12 500') and a currency sign written after the figure ('350 000 €',
'15 € per day') are read as the figure they write; a run of digit groups that is no single
figure (a phone number) stays unread."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Customs seized 1,8 million euros at the border.", "1,8 million euros", 1.8e6, "EUR"),
        ("The region will receive 2,5 billion euros from Brussels.", "2,5 billion", 2.5e9, "EUR"),
        ("Officers found 350 000 € in a car boot.", "350 000 €", 350000, "EUR"),
        ("About 12 500 people marched on Saturday.", "12 500 people", 12500, None),
        ("The fine is set at 15 € per day of delay.", "15 €", 15, "EUR"),
        ("Wheat traded at 4 500 € per tonne in the port.", "4 500 €", 4500, "EUR"),
    ],
)
def test_european_notation_reads_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str | None
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] == unit


def test_a_phone_number_is_no_grouped_figure(claims_of: Rows) -> None:
    text = "For details call 020 123 456 during office hours."
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Police seized 2.4 million euros from the gang's flat.", "2.4 million euros"),
        ("Investigators traced $8 million through shell firms.", "$8 million"),
        ("Prosecutors recovered 300,000 pounds from the scheme.", "300,000 pounds"),
        ("Customs officers confiscated $1.2 million at the airport.", "$1.2 million"),
    ],
)
def test_who_acts_on_a_sum_is_not_what_it_measures(claims_of: Rows, text: str, anchor: str) -> None:
    item = str(found(claims_of, text, anchor)["quantity_item"])
    assert item.split()[-1] not in ("police", "investigators", "prosecutors", "officers"), item
