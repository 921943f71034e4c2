"""'lifted its ban on the seiner X, listed in 2023, once ...': a bare participle of an
imposing action that describes the target of a lifting or extension told before it in the same
sentence is that target's history, no claim of its own; the lifting is the one claim
(sanctions.json `lifted_targets_history`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "Ghana's fisheries ministry blacklisted five trawlers in May. "

HISTORIES = [
    (
        "The Ministry has lifted its ban on the Liberian-flagged seiner Sea Star 4,"
        " blacklisted in June 2023, once the owner settled the case.",
        "lifted",
    ),
    (
        "The ministry also lifted the blacklisting of the reefer Cape Lion, listed in 2022,"
        " once its operator settled the case.",
        "lifted",
    ),
    (
        "The Ministry extended its ban on the longliner Ocean Dawn, blacklisted last March,"
        " because its fine is still unpaid.",
        "extended",
    ),
    (
        "The ministry lifted its ban on two purse seiners, designated in 2021, after a review.",
        "lifted",
    ),
]


@pytest.mark.parametrize(("text", "status"), HISTORIES)
def test_the_participle_is_history_of_the_lifted_target(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", status], rows


def test_a_second_action_with_its_own_clause_stays_a_claim(claims_of: Rows) -> None:
    text = (
        LEAD + "The Ministry lifted its ban on the seiner Sea Star 4, and it blacklisted"
        " three reefers on the same day."
    )
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", "lifted", "imposed"], rows
