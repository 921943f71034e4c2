"""A verbless heading whose head is a sanction noun with a target group after 'on', 'against' or
'for' ('Fresh sanctions on two refineries') names the action itself: a claim, whose authority
the article's other sentences give."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fresh Sanctions On Two Chinese Refineries", {"organization": 2}),
        ("Cyber sanctions on hacking gangs behind bank thefts", {"organization": None}),
        ("New restrictions on nine shipping companies", {"organization": 9}),
        ("Visa restrictions against three Georgian judges", {"person": 3}),
    ],
)
def test_a_sanction_noun_heading_is_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions on the shipping companies are hurting the port.",
        "Restrictions on nine shipping companies were criticised by traders.",
        "Questions on sanctions for the minister",
    ],
)
def test_a_sentence_with_a_verb_or_no_target_is_no_heading(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
