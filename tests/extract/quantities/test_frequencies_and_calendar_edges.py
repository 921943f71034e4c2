"""How often ('watered only twice a week', 'meets once a month') is a quantity per its period;
a stretch at the edge of a calendar period ('the last ten days of the month') dates, no duration."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "per"),
    [
        ("Gardens may be watered only twice a week, after 8pm.", "twice", 2, "eq", "week"),
        ("Inspectors visit the plant once a month.", "once", 1, "eq", "month"),
        ("The ferry sails at least twice a day in summer.", "twice", 2, "gte", "day"),
        ("Once a year the council publishes its accounts.", "Once", 1, "eq", "year"),
        ("The drug was taken twice daily during the trial.", "twice", 2, "eq", "day"),
    ],
)
def test_a_frequency_with_its_period_is_a_rate(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, per: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_per"]) == (
        value,
        bound,
        per,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Once the deal is signed, trade will resume.",
        "Voters should think twice before backing the plan.",
        "Once more, the talks collapsed without a deal.",
        "The port was once the busiest on the coast.",
    ],
)
def test_a_frequency_word_with_no_period_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    "text",
    [
        "Producers cut output in the last ten days of the month.",
        "Turnout rose in the closing six weeks of the campaign.",
        "Fighting eased in the final three days of the truce.",
        "Orders picked up in the opening two weeks of the season.",
    ],
)
def test_a_stretch_at_the_edge_of_a_period_is_no_duration(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The army lost 40 tanks in the last two weeks.", "two weeks", 2),
        ("Rescuers have worked around the clock for the last ten days.", "ten days", 10),
    ],
)
def test_the_last_stretch_alone_is_still_a_duration(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value
