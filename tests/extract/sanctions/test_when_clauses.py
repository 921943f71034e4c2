"""A 'when' clause that names the targets of the action its sentence dates ('X last imposed such
measures in May, when it listed three brokers'): one claim whose targets are the clause's."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Ottawa last imposed Iran-related measures in March, when it sanctioned four"
            " Turkish smugglers.",
            "Canada",
            {"person": 4},
        ),
        (
            "Britain previously adopted such restrictions in 2023, when it designated two"
            " shipping firms and their owner.",
            "United Kingdom",
            {"organization": 2, "person": 1},
        ),
        (
            "Australia had last used these powers in November, when it blacklisted a"
            " gold dealer and his three companies.",
            "Australia",
            {"person": 1, "organization": 3},
        ),
        (
            "The EU last imposed sanctions over the crackdown in January, when it listed"
            " nine police officers.",
            "European Union",
            {"person": 9},
        ),
    ],
)
def test_a_when_clause_gives_the_dated_action_its_targets(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert counts(row) == expected
    assert row["sanction_status"] == "imposed"
    assert row["span_end"] > text.index(" when ")  # the span reaches the clause's targets
