"""A level set off by a comma after a clause of time ('has grown 4.6% since the bridge opened,
to 2,310') is the level the change reached, whichever verb the parser hangs 'to' on: of the
changed subject."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "item"),
    [
        (
            "The village's population has grown by 7.2% since the road opened, to 2,310 in "
            "March, the census office said.",
            "2,310",
            2310,
            "population",
        ),
        (
            "Sales have risen 12% since the plant reopened, to 4,300 a month.",
            "4,300",
            4300,
            "sales",
        ),
        ("Arrivals fell by a fifth after the border closed, to 9,000.", "9,000", 9000, "arrivals"),
        ("Membership has doubled since the club moved, to 640.", "640", 640, "membership"),
    ],
)
def test_a_level_after_a_clause_of_time(
    claims_of: Rows, text: str, anchor: str, value: float, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_item"]) == (value, item)
