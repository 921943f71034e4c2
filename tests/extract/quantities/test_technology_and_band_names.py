"""A figure with a network generation's letter written onto it ('5G sites', '4G coverage') or a
frequency before a band noun ('the 3.5 GHz band') names a technology or a band of spectrum, as
'110th Mechanized Brigade' names a unit (CLAIMS.md: names with numbers are no quantities); the
figure the line or clause states is the quantity."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4G coverage (territory): 91.5%", 91.5),
        ("5G base stations in service: 2,760", 2760.0),
        ("The operator switched on 310 new 5G masts last quarter.", 310.0),
        ("Some 3G networks carried only 4% of traffic by March.", 4.0),
    ],
)
def test_a_generation_name_gives_no_value(claims_of: Rows, text: str, value: float) -> None:
    assert values(claims_of, text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The regulator will auction 80 MHz in the 3.5 GHz band in May.", 80.0),
        ("Each bidder may hold at most 40 MHz of the 700 MHz band.", 40.0),
        ("Telcos bought 120 MHz in the 26 GHz bands last year.", 120.0),
        ("The ministry sold 20 MHz in the 1.8 GHz band to a new entrant.", 20.0),
    ],
)
def test_a_band_is_named_by_its_frequency(claims_of: Rows, text: str, value: float) -> None:
    assert values(claims_of, text) == [value]
