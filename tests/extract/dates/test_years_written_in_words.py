"""A year written out in words, as a speech or a script spells it ('since nineteen eighty-one', 'on
the tenth of March, two thousand and four'): the year it names; a number that only starts like one
('two thousand five hundred', 'twenty twelve-packs') is no year."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The ferry service has run at a loss since nineteen eighty-one.",
            "1981-01-01",
            "1981-12-31",
        ),
        ("Grain stocks were rebuilt in two thousand and fourteen.", "2014-01-01", "2014-12-31"),
        (
            "The port was dredged in twenty sixteen, the minister told the house.",
            "2016-01-01",
            "2016-12-31",
        ),
        ("Tolls will fall by twenty thirty, she promised.", "2030-01-01", "2030-12-31"),
        ("Receipts rose in calendar year two thousand and twenty-two.", "2022-01-01", "2022-12-31"),
        ("The mill first closed in the year nineteen ninety.", "1990-01-01", "1990-12-31"),
        (
            "The clinic opened on the tenth of March, two thousand and four.",
            "2004-03-10",
            "2004-03-10",
        ),
        (
            "Fees change from the second of April, two thousand and twenty-seven.",
            "2027-04-02",
            "2027-04-02",
        ),
    ],
)
def test_a_year_in_words_is_that_year(text: str, start: str, end: str) -> None:
    assert [(s, e) for _, s, e in surface_spans(text, WED_24_SEP_2025)] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Output grew by two thousand five hundred tonnes.",
        "The shop sold twenty twelve-packs of soda.",
        "Twenty five people came in twenty minutes.",
        "Prices rose in two thousand homes.",
    ],
)
def test_a_count_in_words_is_no_year(text: str) -> None:
    assert surface_spans(text, WED_24_SEP_2025) == []
