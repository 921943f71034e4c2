"""'next <weekday>' is the coming such day at least two days after publication, as 'last
<weekday>' counts back: on a Wednesday a writer says 'tomorrow' for Thursday, so 'next Thursday'
is the Thursday of the week after; further days are the coming ones."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board meets again next Thursday.", ("next Thursday", "2025-10-02")),
        ("Ballots will be counted next Thursday, officials said.", ("next Thursday", "2025-10-02")),
        ("Next Friday the new timetable starts.", ("Next Friday", "2025-09-26")),
        ("Appeals must be lodged by next Monday.", ("next Monday", "2025-09-29")),
        ("The ferry returns to service next Wednesday.", ("next Wednesday", "2025-10-01")),
    ],
)
def test_next_weekday_is_at_least_two_days_ahead(text: str, expected: tuple[str, str]) -> None:
    found = {span: start for span, start, _ in spans(text, WED_24_SEP_2025)}
    assert found[expected[0]] == expected[1]
