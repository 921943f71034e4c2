"""Numbered clauses that go on a sentence opened above ('Under section 5, I hereby:' then '1.
designate ...', '2) freeze ...'): the number is the clause's mark, not its head, so the bare verb
after it states the action (claims.extract.chunking)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.chunking import chunks
from tests.extract.sanctions.helpers import counts, page_sanctions


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("1. designate the following two groups as terrorist entities:", {"organization": 2}),
        ("2. designate the following individual as a specified person:", {"person": 1}),
        ("3) freeze the funds of the following three companies:", {"organization": 3}),
        ("4. impose an asset freeze on the following five officials:", {"person": 5}),
    ],
)
def test_a_numbered_clause_states_its_action(
    tmp_path: Path, clause: str, expected: dict[str, int]
) -> None:
    text = (
        "Canada Gazette | Notices\n\nOrder under the Special Economic Measures Act\n\n"
        "Under section 4 of the Act, the Minister of Foreign Affairs hereby orders as follows:\n\n"
        f"{clause}\n(a) Northern Star Holdings;\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected, rows
    assert list(rows[0]["sanction_authorities"]) == ["Canada"], rows


def test_the_mark_is_left_out_of_the_chunk_only_before_a_lower_case_word() -> None:
    text = "1. designate the group as a terrorist entity;\n2. The ministry froze 14 accounts.\n"
    got = [text[c.start : c.end] for c in chunks(text, None, prefilter=False)]
    assert got == [
        "designate the group as a terrorist entity;",
        "2. The ministry froze 14 accounts.",
    ]
