"""An age limit is no count: a bare figure after 'under', 'over', 'above' or 'below' that follows
a person noun ('children under 12', 'residents over 70'), or the far end of an age range after
'aged' ('pupils aged 11 to 16'), is an age; a count after the same words is still a count."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    "text",
    [
        "Children under six travel free on the ferry.",
        "Residents over 70 can apply for the heating grant.",
        "Free bus passes go to people over 65.",
        "Pupils aged 11 to 16 must wear the new uniform.",
        "Children under 12 must be accompanied by an adult.",
    ],
)
def test_an_age_limit_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The city will retire over 65 buses this year.", "65 buses", 65),
        ("The clinic treated over 300 children last month.", "300 children", 300),
        ("Visitors pay EUR 12 a night; those under 18 pay half.", "EUR 12", 12),
    ],
)
def test_a_count_near_an_age_limit_still_counts(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value
