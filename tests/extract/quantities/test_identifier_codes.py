"""Long runs of digits with no group separator are codes (a barcode, a lot or a case number), no
count; a figure that long with a currency or a noun after it is still a sum or a count."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Recalled items\nGTIN: 4006381333931\nThe maker withdrew 9,000 jars.", "9,000 jars"),
        ("Batch 20260311 was pulled after tests found 3 faulty valves.", "3 faulty valves"),
        ("Customer reference 88120456 | Refund issued: $40", "$40"),
        ("Tracking number 1Z 49281733 shows the parcel left with 12 boxes.", "12 boxes"),
    ],
)
def test_a_long_digit_code_is_no_quantity(claims_of: Rows, text: str, counted: str) -> None:
    assert _spans(claims_of, text) == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The state paid 12000000 rupees to the farmers.", "12000000 rupees"),
        ("Donors pledged EUR 15000000 in aid.", "EUR 15000000"),
    ],
)
def test_a_long_figure_with_a_currency_stays_a_sum(
    claims_of: Rows, text: str, counted: str
) -> None:
    assert any(counted in s for s in _spans(claims_of, text))
