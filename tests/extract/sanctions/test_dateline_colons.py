"""A dateline closed by a colon ('IMPHAL, Feb 5: The ministry ...'), as South Asian papers write
it, is no subject: the body named after it acts, as after a dateline's dash."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    "text",
    [
        "IMPHAL, Feb 5: The Union Ministry of Home Affairs (MHA) has extended the ban on six"
        " insurgent groups for five more years.",
        "SHILLONG, March 3: The Union home ministry on Monday extended the ban on two rebel"
        " groups by five years.",
        "GUWAHATI, Jan 9 (PTI): The Union Ministry of Home Affairs has extended its ban on"
        " three militant outfits.",
        "AIZAWL, Aug 21: The Union home ministry will extend the ban on four armed groups"
        " next month.",
    ],
)
def test_the_body_after_a_colon_dateline_acts(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == ["India"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "New Delhi: The UN Security Council's Al-Qaida Sanctions Committee has added two"
            " commanders and a money-transfer firm to its list.",
            "UN Security Council",
        ),
        (
            "Nairobi: The European Union has frozen the assets of three militia leaders.",
            "European Union",
        ),
        (
            "Port Louis: Canada imposed sanctions on four shipping executives on Friday.",
            "Canada",
        ),
        (
            "Kuala Lumpur: The United States sanctioned two Malaysian timber firms.",
            "United States",
        ),
    ],
)
def test_a_colon_datelines_place_alone_is_no_actor(claims_of: Rows, text: str, actor: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [actor]
