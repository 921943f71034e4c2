"""A relative clause on a sanction noun whose subject is a court ('a freeze the court extended for
six months') states that court's own action on the measure, a claim beside the main clause's."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "On December 4, the Supreme Court froze two accounts held by Reid, a freeze the court"
            " extended for another six months on February 27.",
            "extended",
        ),
        (
            "The judge froze the accounts of two brokers in May, a freeze the court lifted in July.",
            "lifted",
        ),
        (
            "Prosecutors froze the funds of a charity, a freeze the court renewed in March.",
            "extended",
        ),
        ("The unit froze 14 accounts of a trader, a freeze the judge later lifted.", "lifted"),
    ],
)
def test_court_acts_on_the_freeze_in_a_relative_clause(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", status], rows


def test_a_court_hearing_about_a_measure_is_no_action(claims_of: Rows) -> None:
    assert (
        claims_of("The court heard the case against the freeze the ministry imposed.", "sanction")
        == []
    )
