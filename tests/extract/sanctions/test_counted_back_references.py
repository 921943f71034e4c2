"""A counted back-reference ('All ten face an asset freeze', 'the six are subject to a
travel ban') whose groups were counted too far back to add up is still that many targets, of
kinds unknown (other), not the smaller group a clause after it names ('and the seven individuals
are banned from entering')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = (
    "Ottawa listed five officials and four firms on Monday. "
    "The officials run the customs service of the port. "
    "Their deputies were left off the list for now. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "All nine now face an asset freeze, and the five officials are barred from Canada.",
            {"other": 9},
        ),
        ("All nine were placed under an asset freeze on Tuesday.", {"other": 9}),
        (
            "The nine face an asset freeze, and the five officials also lose their visas.",
            {"other": 9},
        ),
        ("All 9 are subject to an asset freeze and a ban on dealings.", {"other": 9}),
    ],
)
def test_counted_back_reference_too_far_back(
    claims_of: Rows, sentence: str, expected: dict[str, int]
) -> None:
    rows = [r for r in claims_of(LEAD + sentence, "sanction") if r["sentence_start"] >= len(LEAD)]
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


def test_near_back_reference_still_takes_the_group(claims_of: Rows) -> None:
    """The same words right after a single counted group take that group's kind."""
    rows = claims_of(
        "Ottawa listed nine officials on Monday. All nine face an asset freeze.", "sanction"
    )
    assert counts(rows[-1]) == {"person": 9}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the members after the back-reference count, not the back-reference again
        (
            "The EU listed two ships and four men on Monday. The four, three Syrian nationals "
            "and a Greek businessman, now face an asset freeze.",
            {"person": 4},
        ),
        (
            "Canada sanctioned three officials and a bank. The three, two judges and a "
            "prosecutor, are subject to a travel ban.",
            {"person": 3},
        ),
        (
            "The EU listed three officers in March. The three, two colonels and a general, "
            "are subject to an asset freeze.",
            {"person": 3},
        ),
        (
            "Britain sanctioned two men and a firm. The two, a banker and a lawyer, are subject "
            "to travel bans.",
            {"person": 2},
        ),
    ],
)
def test_back_reference_spelled_out_counts_once(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(claims_of(text, "sanction")[-1]) == expected
