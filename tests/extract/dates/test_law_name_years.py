"""A year after a capitalised law or treaty noun and 'of' ('the Harbours Act of 1962') is part
of the instrument's name, not a period the text reports (dates.json law_name_nouns)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2025, 6, 12)


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m, _ in iter_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ports were nationalised under the Harbours Act of 1962, the minister recalled in March.",
            ["March"],
        ),
        ("The court applied the Maritime Code of 1994 when it ruled on Friday.", ["Friday"]),
        ("Both states signed the Boundary Treaty of 1904 and revised it in 2011.", ["2011"]),
        ("Offers fall outside the Investment Companies Acts of 1948 and 1967, the firm said.", []),
        ("Parliament passed the act in 1962.", ["1962"]),
    ],
)
def test_a_law_names_its_year(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected
