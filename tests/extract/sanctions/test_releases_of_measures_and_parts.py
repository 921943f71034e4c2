"""A verb of releasing lifts a freeze when what it frees is the measure itself ('released its
freeze on two accounts', 'the orders were released'), a counted part of the held goods ('released
three of the 40 accounts', 'Five of the 60 trucks were released'), a sum taken from frozen
accounts ('released EUR 2 million from the firm's accounts'), or a pronoun for what the freeze it
is joined to held ('froze the account in May but released it in June'). People released from
custody, and money released from reserves, are no lifting."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

FREEZE = "The unit froze 40 accounts and 60 trucks of the gang in May. "


@pytest.mark.parametrize(
    "text",
    [
        FREEZE + "The unit released its freeze on three of the accounts in July.",
        FREEZE + "Those orders were released on Friday after the trial collapsed.",
        FREEZE + "A judge released three of the 40 accounts last week.",
        FREEZE + "Five of the 60 trucks were released on Monday after a lessor showed the papers.",
        FREEZE + "The court did release EUR 2 million from the gang's accounts to pay wages.",
        FREEZE + "One of the trucks was released from the order on Tuesday.",
        "Fiji froze a trading firm's account in 2023 but released it in March.",
    ],
)
def test_a_release_of_the_measure_or_part_of_it_is_a_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows][-1:] == ["lifted"], rows


@pytest.mark.parametrize(
    "text",
    [
        FREEZE + "Police arrested six men on Monday and released them on bail.",
        FREEZE + "The central bank released EUR 2 billion from its reserves.",
        "The studio released two of its 12 new films in May.",
    ],
)
def test_other_releases_are_no_lifting(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert all(r["sanction_status"] != "lifted" for r in rows), rows
