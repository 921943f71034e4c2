"""An authority that directs banks (the private holders of the money) to suspend counted accounts
acts itself, as when it directs them to freeze: the suspension is its sanction, imposed, with the
accounts as targets, also when a period stands between the verb and its object ('to suspend for
60 days a further 12 accounts'). Others told to suspend what is no holding state no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Peru's financial intelligence unit ordered banks on Friday to suspend 41 accounts"
            " tied to the scheme.",
            "Peru",
            {"other": 41},
        ),
        (
            "Kenya's central bank has instructed lenders to suspend for 60 days a further 12"
            " accounts held by relatives of the suspects.",
            "Kenya",
            {"other": 12},
        ),
        (
            "Ghana's Financial Intelligence Centre directed banks to suspend 30 accounts.",
            "Ghana",
            {"other": 30},
        ),
        (
            "Chile's regulator has told lenders to suspend for 90 days another 15 accounts.",
            "Chile",
            {"other": 15},
        ),
    ],
)
def test_directed_suspension_of_accounts_is_the_authority_s_sanction(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters to suspend their judgement on the accounts.",
        "Kenya's central bank urged lenders to suspend business with the two exchanges.",
    ],
)
def test_others_told_to_suspend_what_is_no_holding_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
