"""'one' before a hyphened modifier that opens with a participle ('one lost-time injury') counts
the noun after the modifier: a count of one, not the pronoun 'one'."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The mine recorded one lost-time injury in March.", "one lost-time injury"),
        ("The plant reported one forced-labour complaint last year.", "one forced-labour"),
        ("Police logged one stolen-car report on Sunday.", "one stolen-car report"),
        ("The site will log one lost-time accident at most this year.", "one lost-time"),
    ],
)
def test_one_before_a_hyphened_participle_counts_the_noun(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == 1.0


def test_the_one_before_a_hyphened_modifier_is_no_count(claims_of: Rows) -> None:
    assert claims_of("He is the one running-mate candidate left.", "quantity") == []
