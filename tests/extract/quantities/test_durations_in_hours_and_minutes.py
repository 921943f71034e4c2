"""A time written in hours and minutes ('4 h 10 min', '3 hours 15 minutes') is one duration in
hours, the minutes as its fraction rounded to two places, and one in years and months is one in
years, the months as twelfths; the short forms of time units ('h', 'hr', 'min') are those units,
and a duration's item is the unit's name, not its short form."""

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
    ("text", "unit", "item"),
    [
        ("The shuttle to the airport takes 45 min.", "minutes", "shuttle"),
        ("The detour adds about 20 mins to each delivery.", "minutes", "delivery"),
        ("The flight to the coast lasted 1 hr.", "hours", "flight"),
        ("Repairs kept the line shut for 6 h on Sunday.", "hours", "hours"),
    ],
)
def test_a_short_time_unit_is_the_unit(claims_of: Rows, text: str, unit: str, item: str) -> None:
    row = one(claims_of, text)  # the item is what lasts, else the unit's name
    assert (row["quantity_unit"], row["quantity_item"]) == (unit, item)


def test_minutes_of_another_figure_stay_their_own(claims_of: Rows) -> None:
    rows = claims_of("Talks lasted four hours, with 20 minutes of break.", "quantity")
    assert [(r["quantity_value"], r["quantity_unit"]) for r in rows] == [
        (4, "hours"),
        (20, "minutes"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The lender shut the supplier out of its tenders for six years and eight months.", 6.67),
        ("She was sentenced to seven years and three months in jail.", 7.25),
        ("Exclusion period: 2 years 6 months (parent company)", 2.5),
        ("The contractor will be barred for one year and nine months, the panel has ruled.", 1.75),
    ],
)
def test_years_and_months_make_one_time_in_years(claims_of: Rows, text: str, value: float) -> None:
    row = one(claims_of, text)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "years")


def test_months_and_days_stay_read_in_months(claims_of: Rows) -> None:
    row = one(claims_of, "Appellants have three months and 12 days to file.")
    assert (row["quantity_value"], row["quantity_unit"]) == (3, "months")
