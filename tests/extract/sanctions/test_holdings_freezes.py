"""Families of freezes that name what is frozen rather than whom: a bare freeze noun on
a page about frozen accounts ('the court extended the freeze'), a sum frozen in holdings ('froze
some P3 billion in deposits'), counted accounts whose compound is a target word ('40 bank
accounts': accounts, no bank)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "Norway froze the assets of four firms on Monday. "


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (LEAD + "On Friday the court extended the freeze by three months.", "extended"),
        (LEAD + "A week later the judge lifted the freeze on 9 accounts.", "lifted"),
        (LEAD + "The freeze was prolonged by the tribunal until June.", "extended"),
        (LEAD + "Prosecutors then renewed the freeze for another 60 days.", "extended"),
    ],
)
def test_a_bare_freeze_on_a_page_of_frozen_assets_is_a_sanction(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The ministry extended its hiring freeze by three months.",
        LEAD + "Retailers asked the government to lift the price freeze.",
        "The city council extended the freeze on new building permits.",
        LEAD + "Listed people face a travel ban and the freezing of any assets they hold.",
    ],
)
def test_another_freeze_is_no_sanction(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == (1 if text.startswith(LEAD) else 0), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The freeze covers 120 bank accounts, 14 properties and a helicopter.",
            {"other": 134, "aircraft": 1},
        ),
        (LEAD + "Each freeze now covers 31 accounts and 2 yachts.", {"other": 31, "vessel": 2}),
        ("The court ordered a freeze of 86 bank accounts held by the group.", {"other": 86}),
        ("A judge has placed a freeze on 17 company accounts.", {"other": 17}),
    ],
)
def test_counted_accounts_are_the_targets_not_their_banks(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has frozen some 2.3 billion shillings in assets linked to the ring.",
        "Peru froze about 40 million soles in bank deposits held by the brothers.",
        "The unit froze $5 million in accounts tied to the cartel on Monday.",
        "Over 900 million pesos in property were frozen by Mexico last year.",
    ],
)
def test_a_sum_frozen_in_holdings_is_a_freeze(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction", "2025-03-07")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    "text",
    [
        "The company froze 200 jobs in its factories.",
        "Kenya froze $3 million in spending on roads.",
        "Prices froze at 2 million in the spring.",
    ],
)
def test_a_sum_frozen_elsewhere_is_no_freeze(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
