"""A hard-wrapped paragraph may break its line between a unit of time written with an article and
the word that makes it a date ('than a year' closing one line, 'earlier' opening the next): the
stretch still dates the comparison, no duration of its own."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Barley fetched 7.4% less than a year\nearlier, the survey found.", [7.4]),
        ("The quota was cut more than a month\nago, the agency says.", []),
        ("Freight rates stood 3% higher than a decade\nbefore.", [3]),
        ("Imports are running 11% lower than a week\nago at the main port.", [11]),
    ],
)
def test_a_wrapped_relative_word_still_dates_the_stretch(
    claims_of: Rows, text: str, values: list[float]
) -> None:
    assert [r["quantity_value"] for r in claims_of(text, "quantity")] == values


def test_a_wrapped_stretch_with_no_relative_word_stays_a_duration(claims_of: Rows) -> None:
    rows = claims_of("The mill stood idle for more than a month\nafter the flood.", "quantity")
    assert [(r["quantity_value"], r["quantity_bound"]) for r in rows] == [(1, "gt")]
