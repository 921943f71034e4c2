"""Agent nouns of trade (trader, broker, dealer, developer, operator) name a firm by default
('two commodity traders', 'Dubai-based brokers'), but people when a 'who' clause describes them,
and traders, brokers and dealers people when a nationality says whose nationals they are
('two Peruvian brokers'), as most dev sets' gold reads them."""

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
        ("Seoul designated three tanker operators that carried fuel.", {"organization": 3}),
    ],
)
def test_agent_nouns_that_name_firms(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court lifted restrictions on two Peruvian grain traders.", {"person": 2}),
        ("Britain added two Nigerian brokers to its list on Friday.", {"person": 2}),
        ("Tokyo will freeze the assets of three Honduran cattle dealers.", {"person": 3}),
        ("The ministry has frozen the assets of six expatriate brokers.", {"person": 6}),
        ("Canada sanctioned a Kenyan gold trader and his firm.", {"person": 1, "organization": 1}),
    ],
)
def test_traders_of_a_nationality_are_people(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
