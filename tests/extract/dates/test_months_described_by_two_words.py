"""A month described by two words set off by a comma or 'and' ('a cool, wet April') is a date,
as one described by one word is ('a stormy January'): the latest such month."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("A cool, wet April delayed sowing in the south.", "2025-04-01"),
        ("After a hot and dry July, the reservoirs were low.", "2025-07-01"),
        ("Farmers blamed a frosty, windless May for the losses.", "2025-05-01"),
        ("A mild and sunny October has lifted hotel bookings.", "2025-10-01"),
    ],
)
def test_months_described_by_two_words(text: str, start: str) -> None:
    assert [a for _, a, _ in spans(text, THU_06_NOV_2025)] == [start]


def test_a_word_and_a_preposition_describe_no_month() -> None:
    assert [s for s, _, _ in spans("A visit in April was cancelled.", THU_06_NOV_2025)] == ["April"]
