"""A restating sentence that names no target group ('Punishments include jail terms', 'The
measures include an arms ban') tells what the measures contain, not on whom an action falls: no
sanction claim. One that names targets ('Those listed include two banks') stays a claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import JAPAN_LEAD, Rows, counts


@pytest.mark.parametrize(
    "text",
    [
        "Punishments include jail terms of up to five years and fines of up to 2 million yen.",
        "Fines for breaches include amounts of up to three times the value of the deal.",
        "Punishments for breaches include prison terms of up to seven years.",
        "The measures include an asset freeze and a ban on entering the country.",
    ],
)
def test_contents_of_measures_are_no_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(JAPAN_LEAD + text, "sanction")
    assert len(rows) == 1  # the lead's own action only
    assert counts(rows[0]) == {"organization": 20, "person": 6}


def test_a_restatement_that_names_targets_stays(claims_of: Rows) -> None:
    rows = claims_of(
        JAPAN_LEAD + "Those listed include two banks and a retired general.", "sanction"
    )
    assert len(rows) == 2
    assert counts(rows[1]) == {"organization": 2, "person": 1}
