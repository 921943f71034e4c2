"""National authorities outside the usual sanctioning states, named by the
body that freezes (the Philippines' Anti-Money Laundering Council, also as the acronym and with
the hyphen split off by the tokenizer) or by a country named before its government ('Hong Kong
authorities'); a sanctions committee named for a country is about it, not its."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    "text",
    [
        "The Anti-Money Laundering Council froze 40 bank accounts on Monday.",
        "The AMLC has frozen the assets of three firms.",
        "Forty accounts were frozen by the Anti-Money Laundering Council.",
        "The Anti-Money Laundering Council (AMLC) said on Tuesday it had frozen 12 accounts.",
    ],
)
def test_the_anti_money_laundering_council_acts_for_the_philippines(
    claims_of: Rows, text: str
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == ["Philippines"], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hong Kong authorities froze 14 bank accounts on Friday.", ["Hong Kong"]),
        ("The Kenya government has frozen the assets of six firms.", ["Kenya"]),
        ("Mexico authorities froze 31 accounts held by the cartel.", ["Mexico"]),
        (
            "The UN Security Council's Mali sanctions committee added two generals to its list.",
            ["UN Security Council"],
        ),
    ],
)
def test_a_country_named_before_its_government_acts(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == expected
