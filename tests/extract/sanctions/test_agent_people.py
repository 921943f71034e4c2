"""Agent nouns of trade (trader, broker, dealer, developer, operator) name a firm by default,
also with a nationality ('two Peruvian brokers'), but people when a 'who' clause describes them."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sanctioned three traders who smuggled gold out of Peru.", {"person": 3}),
        ("Britain added two brokers who arranged the cargoes to its list.", {"person": 2}),
        (
            "South Korea on Monday blacklisted Laotian operators who ran the scam compounds.",
            {"person": None},
        ),
        ("Canada sanctioned four developers who wrote the ransomware code.", {"person": 4}),
        ("The EU will list two dealers whom prosecutors accuse of smuggling.", {"person": 2}),
    ],
)
def test_agent_nouns_that_name_people(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan froze the assets of two Dubai-based oil traders.", {"organization": 2}),
        ("The UK sanctioned two commodity traders on Tuesday.", {"organization": 2}),
        ("A court lifted restrictions on two Peruvian grain traders.", {"organization": 2}),
        ("Britain added two Nigerian brokers to its list on Friday.", {"organization": 2}),
        ("Seoul designated three tanker operators that carried fuel.", {"organization": 3}),
    ],
)
def test_agent_nouns_that_name_firms(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
