"""A regulator's or a court's name written with its state after the body noun and no 'of'
('the Securities Commission Ruritania', 'the Capital Markets Authority Kenya'): the state so
named acts, whether the parser heads the name on the state or reads the state as the body's
apposition (claims.extract.sanctions.authorities.actor_authorities)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Financial Services Authority Indonesia has frozen four brokers' client accounts.",
            "Indonesia",
        ),
        (
            "Two former directors were banned from trading shares by the Capital Markets "
            "Authority Kenya.",
            "Kenya",
        ),
        (
            "The Securities Commission Malaysia will bar three officers of the fund from "
            "dealing in securities.",
            "Malaysia",
        ),
        (
            "Two fund managers were banned from trading shares on Friday by the "
            "Securities Commission Malaysia.",
            "Malaysia",
        ),
    ],
)
def test_a_body_named_with_its_state_after_acts_for_it(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


def test_a_body_with_no_state_after_it_names_none(claims_of: Rows) -> None:
    rows = claims_of("The Securities Commission froze four brokers' client accounts.", "sanction")
    assert all(r["sanction_authorities"] == [] for r in rows)
