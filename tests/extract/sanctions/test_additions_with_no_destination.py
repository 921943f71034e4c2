"""A verb of adding with no destination whose object (or passive subject) is a target group marked
as more of the same ('will seek to add a third boat', 'two more firms are expected to be added')
adds to the measure the sentence before told; the same verb before any measure was told, or one
whose object is no target group, is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "A court in Nairobi on Monday froze the assets of five people and two cargo firms. "


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Prosecutors will seek to add a third firm when the court sits again.",
            {"organization": 1},
        ),
        (
            "The agency plans to add two more directors once the bank hands over its records.",
            {"person": 2},
        ),
        ("It could add another two trawlers later this month, an official said.", {"vessel": 2}),
        ("A second company was added in June after a further hearing.", {"organization": 1}),
    ],
)
def test_an_addition_after_the_freeze_adds_to_it(
    claims_of: Rows, text: str, kinds: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["span_start"] >= len(LEAD)
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert counts(rows[1]) == kinds


def test_a_planned_addition_is_planned(claims_of: Rows) -> None:
    rows = carried(claims_of, LEAD + "Two more companies are expected to be added next week.")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The bank added two more branches in Nairobi last year. "
        "A court later froze the accounts of a cargo firm.",
        "The ministry will add a third ferry to the route next month.",
    ],
)
def test_an_addition_with_no_freeze_before_it_is_none(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert all("add" not in r["span_text"] for r in rows), rows
