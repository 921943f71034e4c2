"""Regional development banks debar contractors and people under their own names: the
Caribbean Development Bank (CDB once the text has named it) and CAF, the development bank of
Latin America. A bank named by its short form after the full name stays that bank, even when
another lender is named between."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Caribbean Development Bank has debarred a Jamaican road builder for three years.",
            "Caribbean Development Bank",
        ),
        (
            "The Caribbean Development Bank said on Friday that it had debarred two Barbadian"
            " engineering firms. The Inter-American Development Bank is reviewing the case."
            " In 2022 the CDB's sanctions office debarred a third firm.",
            "Caribbean Development Bank",
        ),
        (
            "CAF, the development bank of Latin America, debarred a Peruvian consultancy for"
            " two years over forged invoices.",
            "CAF",
        ),
        (
            "A Bolivian builder was debarred by CAF for 24 months after a bid-rigging probe.",
            "CAF",
        ),
    ],
)
def test_regional_bank_is_the_authority(claims_of: Rows, text: str, authority: str) -> None:
    rows = story(claims_of, text)
    assert rows, text
    assert all(r["sanction_authorities"] == [authority] for r in rows), rows
