"""A copula right after a sanction sentence whose subject refers back to the group ('They', 'Those
barred', a bare count) and tells it by nationality, counted ('four Somalis and two Ugandans',
'Two are Bolivian and one is Chilean'), restates the action's targets: a claim of its own ('Those
declared', naming the action, reaches one sentence further back). With no count ('They are
Somali'), or after no sanction, it is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Kenya barred seven traders from entering the country on Monday. They are four Somalis,"
        " two Ugandans and a Tanzanian.",
        "Peru declared three pilots inadmissible last week. Two are Bolivian and one is Chilean.",
        "Chile barred five sailors from its ports. Those barred are three Peruvian nationals and"
        " two Ecuadorians.",
        "Ghana deported six miners and barred them from returning. They were four Chinese"
        " nationals and two Nigerians.",
        # a subject with the action's own participle reaches past a sentence in between
        "Chile declared five sailors prohibited immigrants. Three of them left on Monday. Those"
        " declared are three Peruvians and two Ecuadorians.",
    ],
)
def test_a_counted_breakdown_by_nationality_restates_the_targets(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Kenya barred seven traders from entering the country. They are Somali.", 1),
        ("Canada listed four banks on Monday. They are large lenders.", 1),
        ("The club signed two forwards in May. They are two Brazilians.", 0),
    ],
)
def test_no_count_or_no_sanction_before_is_no_breakdown(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction")) == claims
