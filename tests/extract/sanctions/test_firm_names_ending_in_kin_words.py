"""A firm named by a family name and a capitalized kin word ('Karimi & Sons') is one
organization, no group of people."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK sanctioned Karimi & Sons and two of its directors.",
            {"organization": 1, "person": 2},
        ),
        ("The court froze the assets of Mensah & Sons, a timber exporter.", {"organization": 1}),
        ("Canada sanctioned Tehrani & Sons on Monday.", {"organization": 1}),
        ("Japan will freeze the assets of Haddad & Brothers next week.", {"organization": 1}),
    ],
)
def test_firm_name_with_kin_word_is_one_organization(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
