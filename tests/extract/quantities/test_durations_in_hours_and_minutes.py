"""A time written in hours and minutes ('4 h 10 min', '3 hours 15 minutes') is one duration in
hours, the minutes as its fraction rounded to two places; the short forms of time units ('h', 'hr',
'min') are those units, and a duration's item is the unit's name, not its short form."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, one


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On the upgraded track the run to the port should need 4 h 10 min.", 4.17),
        ("The coach trip from the capital now lasts 6 h 20 min.", 6.33),
        ("Crews needed 3 hours 15 minutes to restore the signal.", 3.25),
        ("The overnight ferry took 11 h 45 mins to reach the island.", 11.75),
    ],
)
def test_hours_and_minutes_make_one_time_in_hours(claims_of: Rows, text: str, value: float) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_item"]) == (
        value,
        "hours",
        "hours",
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The shuttle to the airport takes 45 min.", "minutes"),
        ("The detour adds about 20 mins to each delivery.", "minutes"),
        ("The flight to the coast lasted 1 hr.", "hours"),
        ("Repairs kept the line shut for 6 h on Sunday.", "hours"),
    ],
)
def test_a_short_time_unit_is_the_unit(claims_of: Rows, text: str, unit: str) -> None:
    row = one(claims_of, text)
    assert (row["quantity_unit"], row["quantity_item"]) == (unit, unit)


def test_minutes_of_another_figure_stay_their_own(claims_of: Rows) -> None:
    rows = claims_of("Talks lasted four hours, with 20 minutes of break.", "quantity")
    assert [(r["quantity_value"], r["quantity_unit"]) for r in rows] == [
        (4, "hours"),
        (20, "minutes"),
    ]
