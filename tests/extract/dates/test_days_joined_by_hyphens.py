"""A day, a month's name and a year joined by hyphens ('14-Jun-2026') dates its sentence or its
table row like any written day; a machine's stamp with its clock right after it
('Saved 14-Jun-2026 10:02') is no claim, nor is a code the hyphens run on into."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

PUBLISHED = dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee stage ended on 9-Jun-2026 after two sittings.",
            ("9-Jun-2026", "2026-06-09"),
        ),
        ("| Royal assent | Senate | 02-Jun-2026 | Granted |", ("02-Jun-2026", "2026-06-02")),
        ("Vote No. 3 (Report stage, 18-May-2026): carried", ("18-May-2026", "2026-05-18")),
        ("A 30-Apr-2026 deadline was missed by most mills.", ("30-Apr-2026", "2026-04-30")),
    ],
)
def test_a_hyphenated_day_is_a_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s[0], s[1]) for s in spans(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    ["Saved 14-Jun-2026 10:02 BST | 310 words", "Ref. KX-14-Jun-2026-7 attached"],
)
def test_a_stamp_or_a_code_is_no_day(text: str) -> None:
    assert [s for s in spans(text, PUBLISHED) if "Jun" in s[0]] == []
