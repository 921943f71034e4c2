"""A commission named by a capitalised name of its own that is no alias ('the Anti-Graft
Commission', 'the National Lottery Commission') is a state's own body, unlike a bare 'the
Commission': it acts for the story's home state, not for a lender or a bloc named before it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LEAD = (
    "The African Development Bank has debarred Mbao Works, a Kenyan road builder with contracts "
    "across Kenya, for five years. The ban also covers the firm's two directors. "
)


@pytest.mark.parametrize(
    "tail",
    [
        "The Ethics and Anti-Corruption Commission froze six bank accounts of the builder.",
        "The National Procurement Commission has blacklisted the firm from state tenders.",
        "On Friday the Public Procurement Commission barred two of its directors from tenders.",
        "The Assets Recovery Commission will freeze three accounts held by the directors.",
    ],
)
def test_named_commission_acts_for_the_home_state(claims_of: Rows, tail: str) -> None:
    rows = story(claims_of, LEAD + tail)
    assert rows and rows[-1]["sanction_authorities"] == ["Kenya"], [
        (r["sanction_authorities"], r.get("subject")) for r in rows
    ]


def test_bare_commission_is_not_the_home_state(claims_of: Rows) -> None:
    rows = story(claims_of, LEAD + "The Commission also froze the assets of two firms.")
    assert rows and rows[-1]["sanction_authorities"] != ["Kenya"], rows
    text = (
        "The EU on Monday listed nine people over the crackdown. "
        "The Commission also froze the assets of two firms."
    )
    rows = story(claims_of, text)
    assert rows and rows[-1]["sanction_authorities"] == ["European Union"], rows


def test_tail_of_a_named_blocs_name_is_not_the_home_state(claims_of: Rows) -> None:
    text = (
        "The Indian Ocean Tuna Commission on Friday blacklisted six longliners fishing off "
        "Sri Lanka. The Tuna Commission also removed two vessels from its list."
    )
    rows = story(claims_of, text)
    assert rows and rows[-1]["sanction_authorities"] == ["Indian Ocean Tuna Commission"], rows
