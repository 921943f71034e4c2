"""Running totals of a sanctions programme: a told list that stands at, counts or runs to counted
target groups, in a paragraph of its own right after the action ('With this round, the list
stands at 38 people and 15 entities'), and bare bodies told before that have acted against
counted groups ('The unit and the court have acted against 31 persons and 12 firms since 2024')
are cumulative claims of the authority of the action before; a list of no sanction told before
and an uncounted habit are none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, page_sanctions

LEAD = "Japan designated four people and two companies on Monday over drug trafficking."


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        ("With this round, the list stands at 38 individuals and 15 entities.", (38, 15)),
        ("With the new names, Japan's list runs to 27 firms and 16 individuals.", (16, 27)),
        ("The list now counts 64 persons and nine organisations.", (64, 9)),
        ("After the move, its register runs to 40 people and 11 companies.", (40, 11)),
    ],
)
def test_a_told_list_total_in_its_own_paragraph(
    tmp_path: Path, total: str, expected: tuple[int, int]
) -> None:
    text = "Japan names drug traffickers\n\n" + LEAD + "\n\n" + total + "\n"
    rows = page_sanctions(tmp_path, text)
    tallies = [r for r in rows if r["span_start"] > text.index(total) - 1]
    assert len(tallies) == 1, rows
    assert tallies[0]["sanction_authorities"] == ["Japan"]
    got = counts(tallies[0])
    assert (got.get("person"), got.get("organization")) == expected


def test_a_list_of_no_sanction_told_before_has_no_total(tmp_path: Path) -> None:
    text = (
        "Clinic waiting times grow\n\n"
        "Japan's health ministry opened two clinics on Monday.\n\n"
        "The list now counts 64 persons and nine organisations.\n"
    )
    assert page_sanctions(tmp_path, text) == []


FREEZE_LEAD = (
    "Slovenia's Office for Money Laundering Prevention on Monday froze the assets of nine "
    "persons and four companies. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With this order, the Office and the court have acted against 31 persons and 12 "
            "companies since 2024.",
            {"person": 31, "organization": 12},
        ),
        ("The Office has acted against 40 people since 2023.", {"person": 40}),
        (
            "In all, the agency and the court have moved against 18 firms and 25 people.",
            {"organization": 18, "person": 25},
        ),
        ("Since 2022 the court has acted against 12 companies.", {"organization": 12}),
    ],
)
def test_bodies_told_before_act_against_counted_groups(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, FREEZE_LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Slovenia"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The court has acted against gangs for years.",
        "The police have acted against 31 persons since 2024.",
    ],
)
def test_an_uncounted_habit_or_an_untold_body_is_no_tally(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, FREEZE_LEAD + text)
    assert len(rows) == 1, rows
