"""A sanction noun's action and a verb coordinated with it make one claim with both target
groups ('approved asset freezes on X and banned Y'), however the parser hangs the second verb."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ottawa on Monday approved asset freezes on three Cypriot shipping firms and banned "
            "14 tankers from its ports.",
            {"organization": 3, "vessel": 14},
        ),
        (
            "The ministry imposed travel bans on four generals and blacklisted two arms dealers.",
            {"person": 4, "organization": 2},
        ),
        (
            "Britain has announced asset freezes on six bankers and designated nine vessels.",
            {"person": 6, "vessel": 9},
        ),
        (
            "Canberra ordered asset freezes against five Iranian officials and barred three "
            "cargo airlines on Tuesday.",
            {"person": 5, "organization": 3},
        ),
    ],
)
def test_a_coordinated_verb_adds_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president ordered an asset freeze on two Latvian banks.", {"organization": 2}),
        ("Ministers have authorised sanctions against seven smugglers.", {"person": 7}),
        ("The court orders an entry ban on three Serbian officials.", {"person": 3}),
        ("Washington will authorize new sanctions on four tankers next week.", {"vessel": 4}),
    ],
)
def test_ordering_or_authorising_a_sanction_is_an_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oslo froze the assets of 12 officials and separately listed four tankers.",
        "The council has imposed travel bans on nine judges and separately designated two banks.",
        "London will sanction six bankers and will separately blacklist three shipping firms.",
        "Seoul designated five hackers and, separately, added two exchanges to its list.",
    ],
)
def test_a_verb_marked_separate_is_its_own_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 2
