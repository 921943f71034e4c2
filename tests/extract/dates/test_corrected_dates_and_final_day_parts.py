"""A date a correction denies after a comma ('on 3 May, not 5 May') is no claim, while the date it
keeps is; 'not until' still dates the event. 'last' after a determiner before a day part ('the
last evening ferry') is the final one of a series, not the day part before publication."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import spans

SAT_01_AUG_2026 = dt.date(2026, 8, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The permit was granted on 12 June, not 14 June as the notice said.",
            [("12 June", "2026-06-12", "2026-06-12")],
        ),
        (
            "Our report misdated the strike: it began on 3 July, not on 8 July.",
            [("3 July", "2026-07-03", "2026-07-03")],
        ),
        (
            "The tunnel now opens in 2033, rather than 2030, the agency said.",
            [("2033", "2033-01-01", "2033-12-31")],
        ),
        (
            "Members will vote in March, instead of February, under revised bylaws.",
            [("March", "2027-03-01", "2027-03-31")],
        ),
        (
            "The mill will stay shut, not until May but until June.",
            [("May", "2027-05-01", "2027-05-31"), ("June", "2027-06-01", "2027-06-30")],
        ),
    ],
)
def test_a_corrected_date_is_dropped(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text, SAT_01_AUG_2026) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Commuters often miss the last evening ferry to the island.",
        "Fans queued for their last night show at the old theatre.",
        "She caught the last morning bus out of the valley.",
        "Its last afternoon session ran over by an hour.",
    ],
)
def test_a_final_day_part_is_no_date(text: str) -> None:
    assert spans(text, SAT_01_AUG_2026) == []


def test_last_night_alone_stays_a_date() -> None:
    assert spans("Storms flooded the harbour road last night.", SAT_01_AUG_2026) == [
        ("last night", "2026-07-31", "2026-07-31")
    ]
