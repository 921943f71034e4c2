"""A name nothing describes takes the kind of the names coordinated with it, and a name set
beside an agent noun that a 'who' clause describes names a person."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan froze the assets of the banker Tomas Ferreira and Luis Oyarzun on Friday.",
            {"person": 2},
        ),
        (
            "Canada has listed the smuggler Omar Selassie. "
            "Britain then sanctioned Selassie and Abebe Worku under its migration regime.",
            {"person": 2},
        ),
        (
            "Australia will sanction former general Min Aung and Thura Khin, officials said.",
            {"person": 2},
        ),
        (
            "Among those blacklisted by Seoul were navy captain Ri Chol and Kim Song-il, "
            "whom prosecutors accuse of selling coal.",
            {"person": 2},
        ),
    ],
)
def test_coordinated_names_share_a_kind(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU on Monday sanctioned Farid Haddad, a dealer who sold drones to the militia.",
            {"person": 1},
        ),
        (
            "Britain designated Marco Bellini, a broker who the police say moved the cash.",
            {"person": 1},
        ),
        ("Washington blacklisted Yusuf Kaya, a trader who bought stolen oil.", {"person": 1}),
        (
            "Among those listed by Ottawa was Dmitri Orlov, an operator who ran the tankers.",
            {"person": 1},
        ),
    ],
)
def test_named_agent_with_who_clause_is_a_person(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows and counts(rows[-1]) == expected
