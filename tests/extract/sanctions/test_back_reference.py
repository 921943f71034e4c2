"""Targets named by a back-reference ('both', 'all four', 'the ships') take the kind and count
of the group an earlier sentence counted; the sentences here are our own."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada listed two shipping firms based in Dubai on Monday. "
            "Both were put under an asset freeze at once.",
            {"organization": 2},
        ),
        (
            "The ministry named two Belarusian generals in its decision. "
            "Both will be placed under an entry ban.",
            {"person": 2},
        ),
        (
            "Australia sanctioned three Iranian drone makers last week. "
            "All three have been placed under an asset freeze.",
            {"organization": 3},
        ),
        (
            "The list includes four tankers and a bank. "
            "All five were added to the blacklist in the morning.",
            {"other": 5},
        ),
        (
            "Seven tankers carried oil above the cap, the department said. "
            "The Treasury identified the tankers as blocked property.",
            {"vessel": 7},
        ),
        (
            "Officials said five cargo ships had delivered shells to Russia. "
            "The ships were added to the sanctions list on Friday.",
            {"vessel": 5},
        ),
        (
            "Three freighters - ARCTIC DAWN, SILVER KESTREL and NORTH WIND - were named. "
            "Washington has identified the freighters as blocked property.",
            {"vessel": 3},
        ),
    ],
)
def test_back_reference_takes_the_earlier_count(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[-1]) == expected


def test_a_plural_noun_with_no_earlier_count_keeps_no_count(claims_of: Rows) -> None:
    rows = claims_of("The ships were added to the sanctions list on Friday.", "sanction")
    assert counts(rows[-1]) == {"vessel": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ottawa listed six Russian bankers on Monday. They were placed under an asset freeze.",
            {"person": 6},
        ),
        (
            "The decision adds 20 people and 14 companies to the list. "
            "They will be subject to an asset freeze.",
            {"other": None},
        ),
        (
            "Nine tankers moved Iranian oil last year, officials said. "
            "Washington designated them on Thursday.",
            {"vessel": 9},
        ),
        (
            "Two judges and a prosecutor ran the trials. The EU has sanctioned them.",
            {"person": 3},
        ),
    ],
)
def test_a_plural_pronoun_takes_the_earlier_groups(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[-1]) == expected
