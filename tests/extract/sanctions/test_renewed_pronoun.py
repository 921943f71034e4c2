"""An extending verb whose pronoun object stands for the sanction noun an earlier verb of the
same sentence took ('set up the embargo in 2019 and renewed it') is its own claim: the measures
extended (or planned to be), with no target group of its own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Britain created the sanctions regime in 2020 and extended it on Monday.", "extended"),
        (
            "Canada imposed an arms embargo on Mali in 2019 and has since prolonged it twice.",
            "extended",
        ),
        ("Japan adopted the export bans last spring and will renew them next month.", "planned"),
        (
            "Norway and Iceland apply the same travel bans and are expected to extend them soon.",
            "planned",
        ),
    ],
)
def test_renewing_a_pronoun_is_a_claim(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    last = rows[-1]
    assert last["sanction_status"] == status
    assert last["sanction_targets"] == []
    assert text[last["span_start"] : last["span_end"]].split()[0] in {
        "extended",
        "prolonged",
        "renew",
        "extend",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The club signed the striker in May and extended his contract in June.",
        "The agency wrote the report last year and renewed it in March.",
        "Ottawa signed the trade deal in 2017 and extended it in 2022.",
    ],
)
def test_renewing_something_else_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
