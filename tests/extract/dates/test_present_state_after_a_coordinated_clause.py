"""'today' closing a clause that states a present level ('..., and 40 firms hold one today')
is a vague 'at present', no date, even when a past or perfect clause comes first and a comma
with 'and' or 'but' joins the two; an event told with 'today' in the second clause keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surfaces

WED_19_MAR_2025 = dt.date(2025, 3, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board has struck off 12 brokers, and 340 firms hold a licence today.", []),
        ("Two mills have closed, but the valley employs about 4,000 people today.", []),
        ("The fleet was cut in 2019, and it numbers 14 ships today.", ["2019"]),
        (
            "Regulators revoked three permits last year, but 58 operators hold one today.",
            ["last year"],
        ),
    ],
)
def test_a_present_level_after_a_coordinated_clause_is_no_day(
    text: str, expected: list[str]
) -> None:
    assert surfaces(text, WED_19_MAR_2025) == expected


def test_an_event_told_today_in_the_second_clause_keeps_its_day() -> None:
    text = "The ministry has named 30 firms, and it published the full list today."
    assert surfaces(text, WED_19_MAR_2025) == ["today"]
