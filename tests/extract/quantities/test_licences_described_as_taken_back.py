"""Licence actions told in other shapes than a verb with its object: a participle or relative
clause that takes the licence back ('permits revoked as ...', 'permits it had cancelled'), a
company's file or a concession as the licence, and an action noun naming the target holders
directly ('the suspension of four brokers'). The counts are that (unsure) licence sanction's
targets, no quantities; licences granted and people or things no target word names stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Five fishing licences revoked after inspectors find undersized catch",
        "Nine trading permits suspended as regulator tightens rules on street vendors",
        "The board restored three permits it had cancelled last spring.",
        "Two import licences withdrawn in March were returned to their holders on Friday.",
    ],
)
def test_licences_a_participle_or_relative_clause_takes_back(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The labour ministry suspended the files of 17 contractors over unpaid wages.",
        "The files of the 17 contractors were suspended on Monday.",
        "The forestry agency cancelled eight timber concessions in the north.",
        "Officials moved to revoke four mining concessions that had lain idle.",
    ],
)
def test_files_and_concessions_are_licences(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The regulator lifted the suspension of four brokers in June.",
        "The cancellation of 11 agencies was announced on Friday.",
        "It has confirmed the revocation of two airlines after the audit.",
        "The board will review the suspension of six dealers next month.",
    ],
)
def test_holders_an_action_noun_names_directly(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Six licences issued in May cover the northern coast.", [6]),
        ("The state granted 12 new concessions last year.", [12]),
        ("The suspension of 12 flights disrupted travel.", [12]),
        ("The union protested the suspension of 30 workers at the plant.", [30]),
    ],
)
def test_licences_granted_and_other_things_suspended_stay(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
