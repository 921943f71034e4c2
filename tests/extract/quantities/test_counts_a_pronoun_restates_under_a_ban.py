"""A count of people that a later pronoun in the same sentence restates as the object or
passive subject of a barring, freezing or declaring word ('deported 12 sailors and barred them
from returning') is that ban's target count, no quantity; a pronoun some other verb takes
('released them') leaves the count a quantity, as does a ban with no pronoun on the count."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry deported 12 labourers caught stealing copper and barred them "
        "from returning to the country.",
        "Border police expelled nine fishermen on Sunday and banned them from the country.",
        "Authorities deported the captain and four deckhands, all Filipino citizens, on 2 May "
        "and barred them from re-entering.",
        "The ministry removed 14 foreign traders last month, and they were banned from entering.",
    ],
)
def test_a_pronoun_restates_the_count_a_ban_keeps_out(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Officials detained seven activists and released them on Friday.", [7]),
        ("The agency fined 40 shops and barred them from trading.", [40]),
        ("Police arrested 11 protesters and questioned them for hours.", [11]),
        ("The deposits, at three city banks, held $5 million when they were frozen.", [3, 5000000]),
    ],
)
def test_other_verbs_on_the_pronoun_leave_the_count(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
