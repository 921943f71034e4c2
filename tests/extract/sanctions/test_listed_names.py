"""Names listed after a copula or an apposition count one target each, also when the tagger
reads a capitalised ship name as a common noun ('the VALDAI')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the ships designated are the POLAR WIND, the KORSAK and the AMBER SKY.", 3),
        ("The tankers listed on Monday include the SIRIUS, the MERIDIAN and the LADOGA.", 3),
        ("Among the tankers named in the package were the BALTIC and the ZARYA.", 2),
        ("Also sanctioned were the vessels VOLNA, TAIGA and NEVA STAR.", 3),
    ],
)
def test_each_listed_ship_name_counts(claims_of: Rows, text: str, expected: int) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == {"vessel": expected}
