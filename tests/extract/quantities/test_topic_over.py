"""'Over' before a sum that modifies a noun right after it ('jailed over a $2m fraud',
'Fines Bank Over £40m Reporting Failures') says what the act was about: no bound."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Three Charged Over $12-Million Ticket Scam", "$12-Million"),
        ("Two brothers were jailed over €230,000 cannabis haul.", "€230,000"),
        ("Regulator Fines Bank Over £40m Reporting Failures", "£40m"),
        ("The firms will be sued over a $9 million contract row.", "$9 million"),
    ],
)
def test_over_before_a_sum_that_modifies_a_noun_is_no_bound(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Canada has pledged over $185 million in aid.", "$185 million"),
        ("Losses will be well over $1 billion, insurers said.", "$1 billion"),
        ("The state spent over $2 billion last year.", "$2 billion"),
    ],
)
def test_over_before_a_sum_that_ends_its_phrase_stays_a_bound(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "gt"
