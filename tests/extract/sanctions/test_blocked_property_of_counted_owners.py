"""'The Treasury blocked all property of four brokers': a state blocking the property (or the
accounts, the funds) of a counted group freezes it, with 'all' before the holdings too; a
general rule on any property of those listed stays an effect."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OFAC blocked all US property of three cartel accountants.", {"person": 3}),
        (
            "The Treasury on Tuesday blocked all property of two shipping firms in Dubai.",
            {"organization": 2},
        ),
        (
            "The United States sanctioned nine men in May. It also blocked the property of"
            " two companies they own.",
            {"organization": 2},
        ),
        ("Britain has blocked all assets of six oligarchs.", {"person": 6}),
    ],
)
def test_a_state_blocking_property_of_a_counted_group_freezes_it(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The listing rules block any property the designated persons own.",
        "The storm blocked the property of two farmers.",
    ],
)
def test_blocked_property_without_a_state_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_identified_as_blocked_property_stays_one_noun(claims_of: Rows) -> None:
    text = (
        "The Treasury sanctioned a charter airline. It also identified three jets, tail numbers"
        " XA-ONE and XA-TWO, as blocked property of the airline."
    )
    rows = claims_of(text, "sanction")
    assert len(rows) == 2
    assert counts(rows[-1]) == {"aircraft": 3}
