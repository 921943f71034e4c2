"""The 'of' phrase of the body that acts ('the Financial Intelligence Unit of X', 'the Office
of the Special Prosecutor') says whose body it is: no target, as the 'of' phrase of what is
frozen is ('the funds of four people')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Financial Intelligence Unit of St. Kitts and Nevis froze two accounts of a "
            "shipping company in September.",
            {"organization": 1},
        ),
        (
            "The Office of the Special Prosecutor has frozen the accounts of three companies.",
            {"organization": 3},
        ),
        (
            "Finland's National Bureau of Investigation has frozen the funds of four people.",
            {"person": 4},
        ),
        (
            "The Central Bank of Nigeria froze the assets of two businessmen on Monday.",
            {"person": 2},
        ),
    ],
)
def test_the_acting_bodys_of_phrase_is_no_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_the_of_phrase_of_a_passive_subject_still_is(claims_of: Rows) -> None:
    row = only(claims_of, "The funds of two firms were frozen by the unit on Friday.")
    assert counts(row) == {"organization": 2}
