"""The tenor of a debt paper hyphened before it ('12-month T-bills', 'six-month bills', '5-year
notes') names the paper, as a bond's does ('10-year bonds'): it counts no period of the story."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The treasury raised PKR 40 bln through 12-month T-bills this week.", 12),
        ("Banks bid heavily for six-month bills at Wednesday's auction.", 6),
        ("Yields on 5-year notes rose to 4.1% after the data.", 5),
        ("The state will offer 91-day treasury bills and 3-year notes next week.", 91),
    ],
)
def test_a_papers_tenor_is_no_duration(claims_of: Rows, text: str, value: float) -> None:
    values = [r["quantity_value"] for r in claims_of(text, "quantity")]
    assert value not in values, values


def test_a_bans_length_stays(claims_of: Rows) -> None:
    text = "The league handed the club a 12-month ban from transfers."
    assert 12 in [r["quantity_value"] for r in claims_of(text, "quantity")]
