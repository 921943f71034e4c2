"""A split fiscal year written out in words, as a budget speech spells it ('the fiscal year
twenty thirty-four/thirty-five'), is the same fiscal year as its digits ('2034/35')."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2026, 5, 27)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        (
            "Debt should fall below half of output by the fiscal year twenty thirty-three/thirty-four.",
            "Debt should fall below half of output by the fiscal year 2033/34.",
        ),
        (
            "Spending will peak in fiscal year twenty twenty-nine/thirty, the minister said.",
            "Spending will peak in fiscal year 2029/30, the minister said.",
        ),
        (
            "Revenue rose in the financial year two thousand and twenty-four/twenty-five.",
            "Revenue rose in the financial year 2024/25.",
        ),
        (
            "Grants end with the fiscal year twenty twenty-seven/twenty-eight.",
            "Grants end with the fiscal year 2027/28.",
        ),
    ],
)
def test_a_split_fiscal_year_in_words_reads_as_its_digits(words: str, digits: str) -> None:
    spelled, written = _found(words), _found(digits)
    assert len(spelled) == 1 and spelled[0][1] != "None"
    assert spelled[0][1:] == written[0][1:]


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        (
            "The plan aims to balance the books by fiscal year twenty thirty.",
            "The plan aims to balance the books by fiscal year 2030.",
        ),
        (
            "Outlays will shrink in the financial year two thousand and thirty-one, he said.",
            "Outlays will shrink in the financial year 2031, he said.",
        ),
        (
            "Pension costs were lower in fiscal year twenty twenty-four than forecast.",
            "Pension costs were lower in fiscal year 2024 than forecast.",
        ),
        (
            "India's deficit target for fiscal year twenty twenty-eight is four percent.",
            "India's deficit target for fiscal year 2028 is four percent.",
        ),
    ],
)
def test_one_fiscal_year_in_words_reads_as_its_digits(words: str, digits: str) -> None:
    spelled, written = _found(words), _found(digits)
    assert len(spelled) == 1 and spelled[0][0].startswith(("fiscal", "financial"))
    assert spelled[0][1:] == written[0][1:]
