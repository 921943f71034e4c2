"""A live page stamps each entry with a clock time on a line of its own ('10:52'); a rule that
looks back over the sentences before (a first-person 'We will add 15 more', 'It also removed two
firms') skips the stamps, so the entry still sees the sanction told just before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

HEAD = "LIVE: Chile freezes assets of port smuggling ring\n\nBy Ana Soto | 9 July 2025\n\n"


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        (
            "11:05\nThe unit has asked Peru to freeze 11 accounts at two banks."
            " Bolivia is also reviewing transfers, she said.\n\n"
            '10:52\nThe minister: "We will add at least 15 more names in August."\n',
            "15 more names",
        ),
        (
            "9.40am\nThe finance ministry froze the assets of 12 people and four firms."
            " The list will be published on Friday.\n\n"
            "9.31am\nIt also removed two companies from the list.\n",
            "two companies",
        ),
        (
            "14:30 GMT\nThe council designated nine smugglers on Tuesday."
            " Its chair spoke to reporters afterwards.\n\n"
            "14:12 GMT\nWe will add six more names next month, the chair said.\n",
            "six more names",
        ),
        (
            "16:02\nThe court froze 40 bank accounts of the ring on Monday."
            " The hearing lasted two hours.\n\n"
            "15:55\nIt released five of them on Wednesday.\n",
            "released",
        ),
    ],
)
def test_an_entry_after_a_stamp_looks_back_past_it(
    tmp_path: Path, entries: str, words: str
) -> None:
    spans = [r["span_text"] for r in page_sanctions(tmp_path, HEAD + entries)]
    assert any(words in s for s in spans), spans
