"""Round-20 value families: the stretch up to now over which something happened ('in the
previous five years') is a duration."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Inspectors logged 40 complaints in the preceding two months alone.", "two months", 2),
        ("For the previous eight weeks, the plant has run at half its capacity.", "eight weeks", 8),
        ("The firm had paid no dividend during the previous three years.", "three years", 3),
        ("Over the preceding ten days rescuers pulled 200 people from the rubble.", "ten days", 10),
    ],
)
def test_the_previous_years_over_which_something_happened_are_a_duration(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The river has not flooded like this in more than a decade.", "a decade"),
        ("She had led the agency for nearly a decade when she resigned.", "a decade"),
        ("Prices will stay high for at least a decade, the study warns.", "a decade"),
        ("A decade-long freeze ended after almost a decade of talks.", "almost a decade"),
    ],
)
def test_a_decade_is_ten_years(claims_of: Rows, text: str, anchor: str) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (10, "years")


def test_a_count_of_decades_stays_in_decades(claims_of: Rows) -> None:
    row = found(claims_of, "The dispute has lasted for three decades.", "three decades")
    assert (row["quantity_value"], row["quantity_unit"]) == (3, "decades")
