"""A body whose name opens with an ambiguous alias ('the Council of Europe ...') is read whole,
not as the alias's authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


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
