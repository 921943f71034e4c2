"""The owners named by an 'of' phrase on the holdings a freeze falls on are the targets, whatever
verb acts on the freeze: a renewal with its adjunct before the object ('extended by 90 days the
freeze on the accounts of three officials'), a freeze told again through the clause that imposed
it ('the freeze it ordered in May on ...'), a release of someone's holdings, and a court's order
for the freezing of coordinated holdings ('funds and assets of N people')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only

LEAD = "Zambia's Financial Intelligence Centre froze the assets of a pyramid scheme in May. "


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Zambia's High Court extended by 90 days the freeze on the bank accounts of three"
            " former officials.",
            "extended",
            {"person": 3},
        ),
        (
            "Zambia's High Court on Monday renewed until March an earlier freeze on the assets of"
            " two logging companies.",
            "extended",
            {"organization": 2},
        ),
        (
            "Zambia's High Court has prolonged for six months the freeze it imposed last year on"
            " the deposits of four customs officers.",
            "extended",
            {"person": 4},
        ),
        (
            "Zambia's High Court lifted the freeze on the accounts of a retired general.",
            "lifted",
            {"person": 1},
        ),
    ],
)
def test_renewed_or_lifted_freeze_falls_on_the_owners(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "On Tuesday it released the savings accounts of 820 depositors.", {"person": 820}),
        (LEAD + "A week later it released the funds of two pensioners.", {"person": 2}),
        (
            LEAD + "The centre has since released the deposits of 15 small firms.",
            {"organization": 15},
        ),
        (LEAD + "It then released the holdings of one trader's wife.", {"person": 1}),
    ],
)
def test_released_holdings_fall_on_their_owners(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows[-1]["sanction_status"] == "lifted"
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zambia's High Court ordered the freezing of funds and assets of 11 individuals and"
            " 4 companies.",
            {"person": 11, "organization": 4},
        ),
        (
            "Zambia's High Court on Friday ordered the freezing of the accounts of nine brokers.",
            {"organization": 9},
        ),
        (
            "Zambia's High Court approved the freezing of the deposits and property of six men.",
            {"person": 6},
        ),
        (
            "Zambia's High Court will order the freezing of accounts and deposits of two firms"
            " and three of their directors.",
            {"organization": 2, "person": 3},
        ),
    ],
)
def test_ordered_freezing_of_holdings_falls_on_their_owners(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
