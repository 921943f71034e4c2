"""A state named as the modifier of a sanctions noun ('the Iran regime', 'Iran-related
measures') says whom the measures are about; the authority is the one that acts."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [
        "The EU listed six officials on Monday. The Iran regime now covers 40 individuals"
        " and 5 entities.",
        "The EU listed six officials on Monday. In May the Council renewed all remaining"
        " Russia listings until 2027.",
        "The EU listed six officials on Monday. The ministry said the decision brings its"
        " North Korea-related asset freeze list to 70 organizations and 30 individuals.",
        "The EU listed six officials on Monday. Brussels last imposed Moldova-related"
        " measures in March, when it sanctioned two judges.",
    ],
)
def test_the_state_a_regime_is_about_does_not_act(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert [r["sanction_authorities"] for r in rows] == [["European Union"]] * 2


@pytest.mark.parametrize(
    ("text", "authority"),
    [  # as subject or owner the same state acts
        ("Iran froze the assets of three British firms.", "Iran"),
        ("Russia banned entry to 40 US officials.", "Russia"),
        ("Moldova's list now holds 12 businessmen.", "Moldova"),
        ("North Korea sanctioned two South Korean lawmakers.", "North Korea"),
    ],
)
def test_the_same_state_as_subject_still_acts(claims_of: Rows, text: str, authority: str) -> None:
    rows = carried(claims_of, text)
    assert [r["sanction_authorities"] for r in rows] == [[authority]]


@pytest.mark.parametrize(
    "text",
    [  # a state beyond the alias table is a place too: a measure on it names no target group
        "The UN Security Council on Friday renewed its arms embargo on South Sudan until 2027.",
        "Canada extended its own Myanmar measures until June 2027.",
        "The EU renewed its sanctions on Syria for another year.",
        "Britain will extend the arms embargo on Libya.",
    ],
)
def test_a_country_beyond_the_alias_table_is_no_target(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_targets"] == []
