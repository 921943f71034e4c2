"""Counts of people, firms or vessels that a regulator suspends, revokes, disqualifies or
prohibits are that action's targets, not quantities, even where no sanction claim is read;
counts of other things the same verbs act on (trains, kitchens, flights) stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The securities board suspended four brokers on Thursday pending a review.",
        "Regulator revokes seven payday lenders after a wave of complaints",
        "The tribunal has disqualified three company directors from managing any insurer.",
        "The authority prohibits two fund managers and fines their employer.",
    ],
)
def test_targets_a_regulator_acts_on_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The rail company suspended 30 trains on the coastal line after the landslide.", [30]),
        ("Health inspectors suspended 18 kitchens in the old town last month.", [18]),
        ("The airline revoked 12 routes from its winter timetable.", [12]),
    ],
)
def test_other_things_those_verbs_act_on_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The police board suspended six officers from duty after the raid.",
        "Three clerks were suspended from their posts while the audit runs.",
        "The council has suspended two managers from their jobs pending a hearing.",
    ],
)
def test_staff_kept_from_their_work_stay_quantities(claims_of: Rows, text: str) -> None:
    assert len(_values(claims_of, text)) == 1
