"""A counted subject that refers back says how many targets its restatement stands for
(round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan listed nine people and two entities. The two entities are a unit of the state "
            "broadcaster, which made propaganda films, and a prison workshop.",
            {"organization": 2},
        ),
        (
            "Canada designated seven companies on Friday. The seven companies include Delta "
            "Minerals and Ridge Metals Trading.",
            {"organization": 7},
        ),
        (
            "Britain sanctioned five officials. These five officials include the warden Piotr "
            "Lisov.",
            {"person": 5},
        ),
        (
            "The EU blacklisted four tankers and a broker. The four tankers are the Sea Lark, the "
            "Amber Reed and two ships with no name.",
            {"vessel": 4},
        ),
    ],
)
def test_a_counted_restating_subject_gives_the_count(
    claims_of: Rows, text: str, expected: dict
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain sanctioned four judges who jailed protesters, two prosecutors and a warden.",
            {"person": 7},
        ),
        (
            "The EU listed six officers who ran the camps for detainees, three guards and two "
            "wardens on Monday.",
            {"person": 11},
        ),
        (
            "Canada will designate five colonels who ordered raids on villages, two generals and "
            "four pilots.",
            {"person": 11},
        ),
        (
            "The new listings include eight judges that sentenced critics, six prosecutors and "
            "three governors.",
            {"person": 17},
        ),
    ],
)
def test_counted_groups_after_a_relative_clause_continue_the_list(
    claims_of: Rows, text: str, expected: dict
) -> None:
    rows = claims_of("Japan froze the assets of 30 people. " + text, "sanction")
    assert counts(rows[-1]) == expected, rows[-1]["sanction_targets"]


@pytest.mark.parametrize(
    "text",
    [
        "The US Treasury removed six names from its blacklist on Friday.",
        "Japan added the same four names to its list.",
        "Canada will add 12 names to the sanctions list next week.",
        "Two names were struck from the EU list.",
        "Australia has deleted eight names from its consolidated list.",
        "New Zealand will remove three names from its terrorism list.",
        "Nine names were added to the Swiss sanctions list on Friday.",
    ],
)
def test_counted_names_are_people(claims_of: Rows, text: str) -> None:
    # most sets' gold reads a counted 'names' as the people listed, not entries of no one kind
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert set(counts(rows[0])) == {"person"}
