"""A sum frozen in counted holdings ('froze $6 million in 14 bank accounts')
falls on those holdings, a group of kind other with their count; the sum itself, even glued to
its currency letters ('N18bn', 'R3bn'), is money and never a named target. Uncounted holdings
('in accounts') still give a group with no count."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Court freezes N9.5bn in 61 accounts tied to failed investment scheme", 61),
        ("Nigeria froze N5bn held in 40 bank accounts on Monday.", 40),
        ("Kenya has frozen KSh2bn in 31 accounts.", 31),
        ("Some R3bn in 9 accounts was frozen by the Pretoria court.", 9),
        ("The regulator has frozen $6 million in 14 bank accounts.", 14),
    ],
)
def test_a_sum_frozen_in_counted_holdings_falls_on_them(
    claims_of: Rows, text: str, expected: int
) -> None:
    assert counts(only(claims_of, text)) == {"other": expected}


def test_uncounted_holdings_give_a_group_with_no_count(claims_of: Rows) -> None:
    assert counts(only(claims_of, "Kenya froze KSh2bn in accounts last week.")) == {"other": None}
