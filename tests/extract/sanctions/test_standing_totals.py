"""Standing totals: a clause that says how many targets stand under an authority's measures now
('nine firms stay under UK sanctions', 'Japan now has 40 people designated', 'its listings now
number 120 entities', 'the number barred now stands at 75') is a cumulative sanction claim; its
counts are the claim's targets (CLAIMS.md: numbers that count the targets of a sanction belong to
the sanction claim, even in a cumulative statement)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts

LEAD = "Canada on Friday sanctioned five officials over the crackdown. "


@pytest.mark.parametrize(
    ("text", "authorities", "expected"),
    [
        # counted groups under a sanction noun that names the authority
        (
            "After the change, 12 Eritreans and two firms remain under Canadian sanctions.",
            ["Canada"],
            {"person": 12, "organization": 2},
        ),
        (
            "Nine companies still remain under EU sanctions.",
            ["European Union"],
            {"organization": 9},
        ),
        (
            "Only 30 officials and four banks will stay under British sanctions after the review.",
            ["United Kingdom"],
            {"person": 30, "organization": 4},
        ),
        (
            "Eleven vessels remained under Japanese sanctions at the end of the year.",
            ["Japan"],
            {"vessel": 11},
        ),
        # an authority has counted groups a participle of listing describes
        (
            "Ottawa now has 48 individuals and 9 entities listed under the law.",
            ["Canada"],
            {"person": 48, "organization": 9},
        ),
        (
            "New Zealand has 120 people designated under its Russia regime.",
            ["New Zealand"],
            {"person": 120},
        ),
        (
            "Japan had 25 companies and 3 ships sanctioned by the end of March.",
            ["Japan"],
            {"organization": 25, "vessel": 3},
        ),
        (
            "The EU now has 14 officials banned from entering the bloc.",
            ["European Union"],
            {"person": 14},
        ),
    ],
)
def test_a_standing_total_counts_its_targets(
    claims_of: Rows, text: str, authorities: list[str], expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == authorities
    assert rows[1]["sanction_status"] == "imposed"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listing noun, or a total word a participle of barring describes, summed by a verb
        ("Its designations now total more than 200 people and companies.", {"other": 200}),
        ("Its listings now number 120 entities.", {"organization": 120}),
        ("The number barred under the policy stands at 75.", {"other": 75}),
        ("The tally barred from entry stood at 63 after the round.", {"other": 63}),
    ],
)
def test_a_summed_total_takes_the_authority_told_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Canada"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nine firms remain under investigation by the police.",  # no sanction noun
        "Firms remain under sanctions unless they appeal.",  # no count: a rule
        "The ministry now has 40 staff working on the files.",  # no participle of listing
        "Its designations now total $4 billion in blocked funds.",  # a sum of money
        "The number of people killed stands at 159.",  # no participle of barring
        "The exchange has 30 listed companies.",  # a modifier, no standing total
    ],
)
def test_no_standing_total(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, LEAD + text)
    assert len(rows) == 1, rows
