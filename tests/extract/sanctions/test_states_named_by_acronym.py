"""A state named by an upper-case short name that no text defines as an acronym ('the UAE')
acts beside the state it is coordinated with, as any state name does."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia and the UAE added the network to their terrorism lists last year.",
            {"Saudi Arabia", "United Arab Emirates"},
        ),
        (
            "Britain and the UAE froze the assets of two gold brokers on Monday.",
            {"United Kingdom", "United Arab Emirates"},
        ),
        (
            "Bahrain and the UAE have blacklisted nine people tied to the militia.",
            {"Bahrain", "United Arab Emirates"},
        ),
        (
            "The UAE and Kuwait will sanction three charities accused of funding the group.",
            {"Kuwait", "United Arab Emirates"},
        ),
    ],
)
def test_an_undefined_upper_case_state_acts_beside_its_partner(
    claims_of: Rows, text: str, expected: set[str]
) -> None:
    assert set(only(claims_of, text)["sanction_authorities"]) == expected
