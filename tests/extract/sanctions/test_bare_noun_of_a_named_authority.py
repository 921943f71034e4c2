"""A bare 'the <noun>' subject whose noun ends the name of an authority an earlier claim named
by itself ('the bank' after the Nordic Investment Bank's debarment, 'the commission' after a
tuna commission's listing) is that authority again, not the state or bloc of the claim just
before it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = (
    "The Asian Development Bank has debarred a Manila road builder and two of its directors "
    "for three years over bid rigging. "
)
BETWEEN = "The European Commission added the same builder to its exclusion database on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        "In 2025 the bank debarred seven companies and four individuals.",
        "Last year the bank also debarred three consultancies from Vietnam.",
        "In March the bank lifted early the debarment of a Thai bridge builder.",
        "The bank has debarred 40 firms since 2020, officials said.",
    ],
)
def test_the_bank_is_the_bank_named_before(claims_of: Rows, text: str) -> None:
    whole = LEAD + BETWEEN + text
    rows = [r for r in story(claims_of, whole) if r["span_start"] >= len(LEAD + BETWEEN)]
    assert rows
    assert rows[0]["sanction_authorities"] == ["Asian Development Bank"]
