"""A stretch of time a thing comes late by counts its time unit as written (annotation/guidelines.md,
round 18): 'late' is no part of the quantity's own phrase, so 'opened two years late' counts years."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The bridge finally opened to traffic in May, two years late.", "two years"),
        ("Deliveries of the new frigates are running 18 months late.", "18 months"),
        ("New Reactor Comes Online Six Years Late And Over Budget", "Six Years"),
        (
            "The audit found the overhaul of the rail link was completed eight weeks late.",
            "eight weeks",
        ),
    ],
)
def test_a_stretch_a_thing_comes_late_by_counts_its_time_unit(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == anchor.split()[-1].lower()


def test_a_stretch_behind_bars_is_no_delay(claims_of: Rows) -> None:
    text = "He spent five years behind bars before his release."
    assert found(claims_of, text, "five years")["quantity_item"] != "delay"
