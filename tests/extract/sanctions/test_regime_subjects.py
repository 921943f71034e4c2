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
