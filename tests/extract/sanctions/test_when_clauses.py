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


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Canada last sanctioned a Haitian gang boss in 2023, when he and three of his"
            " lieutenants were designated.",
            "Canada",
            {"person": 4},
        ),
        (
            "London previously targeted Sudanese arms brokers in May, when two firms were"
            " added to its list.",
            "United Kingdom",
            {"organization": 2},
        ),
        (
            "The EU last acted against Belarusian officials in 2022, when seven judges were"
            " placed on the list.",
            "European Union",
            {"person": 7},
        ),
        (
            "Australia had last sanctioned a Myanmar tycoon in March, when he, his son and"
            " two of their companies were listed.",
            "Australia",
            {"person": 2, "organization": 2},
        ),
    ],
)
def test_a_passive_when_clause_restates_the_dated_action_in_detail(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert counts(row) == expected
    assert row["sanction_status"] == "imposed"
    assert row["span_end"] > text.index(" when ")  # the span reaches the clause's targets
