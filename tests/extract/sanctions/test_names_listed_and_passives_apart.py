"""'A and B were listed for running the scheme': a passive of listing on names alone, marked as a
listing, after a sanction is told; and a second passive clause with a target subject of its own
('X was designated for A, while Y was listed for B') is an action of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [
        "The US sanctioned four men on Monday. Ruiz and Ortega were listed for laundering the"
        " cartel's money.",
        "Japan sanctioned two firms in May. Harbor Line Ltd was also blacklisted.",
        "Canada imposed sanctions on a militia. Omar Haddad and Sami Nasser were listed under"
        " its terrorism regime.",
        "Britain sanctioned six officials. Anna Petrova was also listed.",
    ],
)
def test_names_listed_after_a_sanction_are_a_listing(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2
    assert rows[-1]["span_start"] >= text.index(". ") + 2


@pytest.mark.parametrize(
    "text",
    [
        "The US sanctioned four men on Monday. Alibaba was listed in New York in 2014.",
        "The club signed two players. Ruiz and Ortega were listed for the final.",
    ],
)
def test_names_listed_elsewhere_are_no_listing(claims_of: Rows, text: str) -> None:
    assert len(carried(claims_of, text)) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed sanctions on five men. Treasury said Ruiz had been designated for"
        " bribery, while Ortega and Vega were listed for supplying arms.",
        "Japan sanctioned three firms. The two brokers were designated under its law, and the"
        " tankers were identified as blocked property of the group.",
        "The EU listed nine people. Six officials were designated for repression, while three"
        " businessmen were listed for funding the army.",
        "Britain sanctioned a network. Its leader was designated for smuggling, whereas two"
        " of its ships were named as property of the group.",
    ],
)
def test_a_second_passive_with_its_own_targets_is_its_own_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 3
