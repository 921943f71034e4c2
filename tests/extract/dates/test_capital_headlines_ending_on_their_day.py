"""A wire headline in capitals that ends on its month and day ('SENATE TO VOTE ON BUDGET DEC 3'):
a day, as the same words in a sentence are; a month that is also a verb ('MAY') is no day there."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("URGENT -- DOCKWORKERS WALK OUT AT TWO PORTS AUG 14", "AUG 14", "2025-08-14"),
        ("FLASH -- REGULATOR FINED THREE LENDERS SEPT. 9", "SEPT. 9", "2025-09-09"),
        ("COURT HEARD THE TIMBER CASE JUNE 30\nMore follows.", "JUNE 30", "2025-06-30"),
        ("BULLETIN -- FLOODS CLOSED THE NORTHERN RAIL LINE JULY 2", "JULY 2", "2025-07-02"),
    ],
)
def test_a_capital_headline_ending_on_its_day(text: str, surface: str, day: str) -> None:
    assert (surface, day, day) in surface_spans(text, WED_24_SEP_2025)


def test_a_month_that_is_also_a_verb_is_no_day_there() -> None:
    assert (
        surface_spans("STRIKING NURSES MARCH 12\nThey walked twelve kilometres.", WED_24_SEP_2025)
        == []
    )
