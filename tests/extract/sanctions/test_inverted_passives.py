"""A fronted passive ('Also blocked was a cargo plane', 'Also designated was an exchange house')
puts its subject after the auxiliary, where the parser reads an attribute: that is the target."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "The Treasury designated six smugglers on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also blocked was a Beechcraft aircraft registered N-4411 that flew cash to Panama.",
            {"aircraft": 1},
        ),
        (
            "Blocked as well was a Bahamas-flagged yacht owned by the group's leader.",
            {"vessel": 1},
        ),
        ("Also designated was a currency exchange house in Tijuana.", {"organization": 1}),
        ("Also sanctioned were two tankers that carried the fuel.", {"vessel": 2}),
    ],
)
def test_the_subject_after_the_auxiliary_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["United States"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [  # a number after a maker's name names the model, not how many
        "Also blocked was a Cessna 172 aircraft used by the ring.",
        "The Treasury also identified a Boeing 737 aircraft as blocked property.",
        "Also designated was an Antonov 124 freighter registered in Kazakhstan.",
        "Treasury also blocked a Learjet 45 aircraft that carried cash.",
        "Also sanctioned was a Piper 46 plane flown by the network's pilot.",
    ],
)
def test_a_model_number_is_no_count(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == {"aircraft": 1}
