"""A part of an earlier sentence's sanction targets that a pronoun restates ('Three of them',
'The other two') and that a clause of its own says something else of (custody, leaving the
country) is a quantity; a part that a sanction verb acts on ('Six of them were banned') is still
the sanction's."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kenya barred 14 traders from the country. Three of them left the country last week.", [3]),
        (
            "Ghana blacklisted nine foreign miners on Friday. Five of them are still in custody.",
            [5],
        ),
        (
            "The ministry declared seven sailors prohibited immigrants and deported five of them. "
            "The other two remain in hospital.",
            [2],
        ),
        (
            "Oman barred 12 brokers from entering the country. Police say at least four of them had "
            "fled abroad before the order.",
            [4],
        ),
    ],
)
def test_parts_in_a_clause_of_their_own_are_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Kenya barred 14 traders from the country. Six of them were banned for life.",
        "Kenya barred 14 traders from the country. It later sanctioned six of them.",
    ],
)
def test_parts_a_sanction_verb_acts_on_stay_the_sanctions(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []
