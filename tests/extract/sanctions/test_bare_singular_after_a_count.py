"""A heading drops articles: a bare singular target word coordinated after a counted group ('four
people and Turku association') is one target of its own kind, not a word that shares the count
('60 individuals and companies' does)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NBI freezes funds of four people and Turku association over ISIS financing",
            {"person": 4, "organization": 1},
        ),
        ("Police freeze assets of three men and Oslo charity", {"person": 3, "organization": 1}),
        (
            "Treasury sanctions nine officials and state broadcaster",
            {"person": 9, "organization": 1},
        ),
        ("EU lists 12 tankers and Dubai shipping company", {"vessel": 12, "organization": 1}),
    ],
)
def test_a_bare_singular_is_one_of_its_own(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows and counts(rows[0]) == expected, rows


def test_a_bare_plural_still_shares_the_count(claims_of: Rows) -> None:
    rows = claims_of("US sanctions 60 individuals and companies", "sanction")
    assert rows and counts(rows[0]) == {"other": 60}
    text = "The State Department on Thursday designated 12 Russian shipyards and design bureaus."
    rows = claims_of(text, "sanction")  # 'bureaus' tagged as a singular: still a plural
    assert rows and counts(rows[0]) == {"organization": 12}
    text = "The EU has imposed sanctions on about 300 individuals, entities, vessels and aircraft."
    rows = claims_of(text, "sanction")  # 'aircraft' is its own plural
    assert rows and counts(rows[0]) == {"other": 300}
