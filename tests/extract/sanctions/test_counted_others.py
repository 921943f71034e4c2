"""'The two others are judges': a counted 'others' after a copula restates that many targets
of the action before, like 'the other two are judges'."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan imposed sanctions on four executives on Monday. Those listed include the"
            " bank's chairman and its treasurer. The two others are a retired customs chief and a"
            " lawyer.",
            {"person": 2},
        ),
        (
            "Canada sanctioned five officials on Friday. Two of them are judges. The three others"
            " are prison guards who beat inmates.",
            {"person": 3},
        ),
        (
            "Seoul designated seven people on Tuesday, including two bankers. The five others"
            " were army officers.",
            {"person": 5},
        ),
        (
            "The EU listed nine officials on Monday. Six are police commanders. The three others"
            " are judges who jailed protesters.",
            {"person": 3},
        ),
    ],
)
def test_counted_others_restate_the_rest(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) >= 2
    assert counts(rows[-1]) == expected


def test_others_without_a_sanction_before_are_no_claim(claims_of: Rows) -> None:
    text = "The club signed four players in June. The two others are goalkeepers."
    assert claims_of(text, "sanction") == []
