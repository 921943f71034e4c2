"""A heading's passive without its auxiliary falls on its counted subject
('Two generals placed under EU asset freeze'); members of parliament are people ('barred entry
to four MPs', 'sanctioned two MEPs')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three rebel chiefs put under UN travel ban, asset freeze", {"person": 3}),
        ("Two Libyan commanders put under EU asset freeze", {"person": 2}),
        ("Four militia leaders placed under UN travel ban", {"person": 4}),
        ("Nine tankers placed under US sanctions", {"vessel": 9}),
    ],
)
def test_a_headings_bare_passive_falls_on_its_subject(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year China barred entry to four Canadian MPs in retaliation.", 4),
        ("Moscow banned 12 British MPs from entering Russia.", 12),
        ("Beijing sanctioned two MEPs and a think tank.", 2),
        ("Three MPs were put on the Russian entry ban list in May.", 3),
    ],
)
def test_members_of_parliament_are_people(claims_of: Rows, text: str, expected: int) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]).get("person") == expected, rows
