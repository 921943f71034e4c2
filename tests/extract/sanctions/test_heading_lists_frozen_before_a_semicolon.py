"""A heading's list of holdings with a bare 'frozen' after it states a freeze even when the
parser reads the list as the subject of the clause after a semicolon; a list whose owners are
counted ('Accounts of nine traders ... frozen') is a group too. One uncounted noun so
('Deposits frozen abroad; ...') heads a section, no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Flats, lorries and two fishing boats frozen in Durban; the port authority widens its"
            " checks",
            1,
        ),
        (
            "Deposits, vineyards and company shares frozen in three regions; central bank raises"
            " its rates",
            1,
        ),
        (
            "Accounts of nine traders and three firms frozen overnight; the exchange publishes new"
            " rules",
            1,
        ),
        (
            "Trawlers, a cannery and bank accounts frozen from Vigo to Cadiz; the navy steps up"
            " patrols",
            1,
        ),
    ],
)
def test_a_frozen_list_before_a_semicolon_is_a_freeze(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction")) == claims


def test_one_uncounted_noun_frozen_heads_a_section(claims_of: Rows) -> None:
    assert claims_of("Deposits frozen abroad; the bank shuts its doors", "sanction") == []
