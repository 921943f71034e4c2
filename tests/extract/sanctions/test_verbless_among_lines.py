"""A verbless line 'Among those frozen: X, Y and Z' names members of the targets of an action told
elsewhere: a sanction claim of its own (imposed, or lifted after a verb of lifting), whatever
the listing participle; 'Among those attending: ...' is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Police froze 23 accounts of the gang."
            " Among those frozen: the gang's alleged leader, his wife and two brothers.",
            "imposed",
        ),
        (
            "Canada sanctioned 14 people on Monday."
            " Among those sanctioned: two former ministers and a judge.",
            "imposed",
        ),
        (
            "The regulator barred nine traders from the market."
            " Among those barred: three brokers from Pune.",
            "imposed",
        ),
        ("The EU delisted four men. Among the delisted: two former generals.", "lifted"),
    ],
)
def test_a_verbless_among_line_is_a_claim(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == status
    assert rows[1]["span_end"] > text.index("Among")


@pytest.mark.parametrize(
    "text",
    [
        "Among those attending: three ministers and a judge.",
        "Among the guests: two former generals and a bishop.",
        "Among those injured: four police officers.",
        "Among the winners: three schools from the north.",
    ],
)
def test_among_lines_of_other_groups_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
