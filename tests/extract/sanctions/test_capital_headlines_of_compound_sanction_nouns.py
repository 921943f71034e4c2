"""Sanction recall family: an all-capitals headline that names a court's freeze with a compound
sanction noun ('freezing order', 'freeze directive'), which the parser misreads: the compound
word becomes a gerund taking the head as its object, or the head a proper noun the lemmatizer
leaves alone (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

BODY = "\n\nThe story goes on here."


def statuses(claims_of: Rows, text: str) -> list[str]:
    return [r["sanction_status"] for r in claims_of(text, "sanction")]


@pytest.mark.parametrize(
    "title",
    [
        "FREEZING ORDER ON PROPERTY OF FUEL SMUGGLING GANG",
        "FREEZING ORDER ON TWO FORMER MINISTERS' ACCOUNTS",
        "FREEZING ORDER ON VILLAS OF JAILED SMUGGLING BOSS",
        "Freezing order on accounts of three grain traders",
    ],
)
def test_a_freezing_order_headline_read_as_a_gerund_is_a_freeze(
    claims_of: Rows, title: str
) -> None:
    rows = claims_of(title + BODY, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed"]
    assert rows[0]["sanction_targets"]


@pytest.mark.parametrize(
    "title",
    [
        "FREEZING DIRECTIONS ISSUED AGAINST PYRAMID SCHEME OPERATORS",
        "FREEZE DIRECTIVES ISSUED AGAINST THREE FOREX DEALERS",
        "FREEZING DIRECTIONS ISSUED AGAINST FOUR MONEY CHANGERS",
        "PRESERVATION ORDERS GRANTED AGAINST TWO FORMER CUSTOMS CHIEFS",
    ],
)
def test_a_capitals_head_of_a_compound_sanction_noun_is_known(claims_of: Rows, title: str) -> None:
    rows = claims_of(title + BODY, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_targets"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank said it was freezing orders from abroad.",
        "Exporters are freezing orders until the tariff is settled.",
    ],
)
def test_a_gerund_with_its_own_subject_is_no_heading(claims_of: Rows, text: str) -> None:
    assert statuses(claims_of, text) == []
