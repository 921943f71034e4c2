"""A wrapper noun ('the number of', 'whose numbers') is not what a figure counts: its 'of' phrase
or, after 'whose', the noun the relative clause hangs on is ('African Union troops, whose numbers
fell' counts the troops)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Migrant workers, whose numbers rose to 80,000 last year, face new rules.",
            "80,000",
            "migrant workers",
        ),
        (
            "The park's wolves, whose numbers have fallen to about 40, are monitored.",
            "about 40",
            "wolves",
        ),
        (
            "Tourists, whose number is expected to reach two million this year, pay a levy.",
            "two million",
            "tourists",
        ),
        ("The rebels, whose numbers were estimated at 3,000, withdrew.", "3,000", "rebels"),
        ("The numbers of asylum seekers fell to 12,000 in March.", "12,000", "asylum seekers"),
        ("The number of applicants fell to 9,000.", "9,000", "applicants"),
    ],
)
def test_a_wrapper_noun_counts_what_it_wraps(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
