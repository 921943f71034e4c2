"""People named by their part in a court case or a chase (defendants, fugitives, convicts,
fundraisers) are person targets, counted, whether their accounts are frozen or they are barred
themselves. Detainees are left out: "The detainees included one citizen" counts a citizen."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge froze the bank accounts of seven defendants on Tuesday.", {"person": 7}),
        (
            "The court has frozen the bank accounts of twelve defendants, prosecutors said.",
            {"person": 12},
        ),
        (
            "Eight defendants in the fraud case were barred from leaving the country.",
            {"person": 8},
        ),
        ("Austria froze the assets of four fugitives wanted for fraud.", {"person": 4}),
        (
            "The tribunal lifted the travel ban on three convicts who had served their sentences.",
            {"person": 3},
        ),
        ("A court froze the bank accounts of 5 rebel fundraisers in March.", {"person": 5}),
    ],
)
def test_people_of_a_case_are_person_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected
