"""A report or notice whose masthead names a bank that issues it, a state's central bank or a
development bank, is that bank's page: the page's own 'the Government' is the bank's state, and
an action of the page's own board or committee is the bank's, not that of a state the text
named just before (claims.extract.sanctions.carry)."""

from __future__ import annotations

from typing import Any

import pytest

from claims.extract.sanctions.carry import carry_sanctions, page_issuer


def _row(subject: str, authorities: list[str], start: int) -> Any:
    return {
        "segment": "body",
        "subject": subject,
        "sentence_start": start,
        "sanction_authorities": authorities,
        "sanction_date": None,
        "confidence": 0.8,
        "restated": False,
    }


def _after_another_state(masthead: str, subject: str, other: str) -> list[str]:
    """The authority a claim of `subject` takes on a page under `masthead`, after a claim of
    `other`'s."""
    text = masthead + "\n" + "A sentence of the page's body.\n" * 4
    start = len(masthead) + 1
    rows = [_row("it", [other], start), _row(subject, [], start + 40)]
    carry_sanctions(rows, text)
    return list(rows[1]["sanction_authorities"])


@pytest.mark.parametrize(
    ("masthead", "subject", "other", "expected"),
    [
        ("CENTRAL BANK OF THE REPUBLIC OF KENYA", "the Government", "Uganda", ["Kenya"]),
        ("Bank of Ghana | Press release", "The Minister", "Nigeria", ["Ghana"]),
        ("WORLD BANK GROUP", "The Sanctions Board", "Brazil", ["World Bank"]),
        (
            "ASIAN DEVELOPMENT BANK | Office of Anticorruption and Integrity",
            "the Sanctions Committee",
            "Nepal",
            ["Asian Development Bank"],
        ),
    ],
)
def test_a_banks_masthead_issues_its_page(
    masthead: str, subject: str, other: str, expected: list[str]
) -> None:
    assert _after_another_state(masthead, subject, other) == expected


def test_a_bank_line_that_names_no_one_issues_nothing() -> None:
    assert page_issuer("Food Bank Weekly | Community news", []) == []
    assert page_issuer("Banking & Finance Daily | Markets", []) == []
