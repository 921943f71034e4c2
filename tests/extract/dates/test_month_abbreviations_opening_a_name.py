"""A bare month abbreviation with no dot right before a capitalised word that names no month
or weekday ('Jan Pieters', 'a bay called Mar Chico') is the first word of a person's or a
place's name, not a month; the month written out, or the abbreviation before a year, a day, a
lower-case word or a comma, stays a month."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    "text",
    [
        "Police searched two villas in Jan Kapelle and a boat at the marina.",
        "The fund's chair, Jan Voorhout, resigned after the freeze.",
        "Fishing in Mar Chico has been banned by the port authority.",
        "Investigators say Dec Holloway moved the money through three banks.",
    ],
)
def test_an_abbreviation_opening_a_name_is_no_month(text: str) -> None:
    assert spans(text, THU_06_NOV_2025) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell in Jan, and recovered in Feb, the firm said.", ["Jan", "Feb"]),
        ("By Dec the stock had run out.", ["Dec"]),
        ("Sales peaked in Aug 2024, the firm said.", ["Aug 2024"]),
        ("The ban ran from January To the surprise of many it held.", ["January"]),
    ],
)
def test_a_month_otherwise_stays(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected
