"""A state's short name (the first half of a two-part name) names the whole state, and a body
whose name opens with an ambiguous alias ('the Council of Europe ...') is read whole, not as the
alias's authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Bosnia's tax office has frozen the accounts of a timber exporter.",
            "Bosnia and Herzegovina",
        ),
        ("The supplier was blacklisted by Bosnia last year.", "Bosnia and Herzegovina"),
        ("Trinidad has frozen the accounts of two importers.", "Trinidad and Tobago"),
        ("Antigua on Friday banned three trawlers from its ports.", "Antigua and Barbuda"),
    ],
)
def test_short_name_of_a_two_part_state(claims_of: Rows, text: str, authority: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "The Council of Europe Development Bank said on Tuesday it had barred a road builder.",
        "The Council of Europe Development Bank on Friday barred three engineering firms.",
        "Two builders were debarred by the Council of Europe Development Bank in March.",
        "The Council of Europe Development Bank will debar a bridge contractor next month.",
    ],
)
def test_bank_named_after_the_council_of_europe(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_authorities"] == ["Council of Europe Development Bank"]
