"""A UN Security Council committee named by its regime or its resolution ('the Al-Qaida
Sanctions Committee', 'the 1267 Committee') acts for the UN Security Council, the hyphen of its
name kept as the alias spells it (claims/data/aliases.json)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [
        "The Al-Qaida Sanctions Committee added three men to its list on Friday.",
        "After the ISIL (Da'esh) and Al-Qaida Sanctions Committee listed two financiers in "
        "March, the unit told all banks within a day.",
        "The 1267 Committee has removed a Yemeni cleric from its sanctions list.",
        "An Indonesian charity was designated by the Al-Qaeda Sanctions Committee last week.",
    ],
)
def test_a_regime_committee_is_the_security_councils(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == ["UN Security Council"], rows
