"""A counted group referred back to and named ('The two entities, X and Y, are ...', 'Two of
the companies, X and Y, ...') as the subject of the sentence after a sanction restates that
action's targets in detail: a claim of its own with the earlier authority."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Canada on Friday added three individuals and two entities to its list. The two"
            " entities, Volta Freight and Orion Mining, are accused of smuggling gold.",
            "Canada",
            {"organization": 2},
        ),
        (
            "The Treasury designated eight firms on Monday. Two of the companies, Volta"
            " Freight and Orion Mining, are in Dubai; the others are three pharmacies and a"
            " trucking company.",
            "United States",
            {"organization": 3},  # the others in the same sentence too
        ),
        (
            "Japan froze the assets of three firms. The three firms, Volta Freight, Orion"
            " Mining and Kestrel Oil, are based in Dubai.",
            "Japan",
            {"organization": 3},
        ),
        (
            "Britain sanctioned four banks. Two of the banks, Volga Credit and Ural Trust,"
            " operate in Minsk.",
            "United Kingdom",
            {"organization": 2},
        ),
    ],
)
def test_a_named_group_after_a_sanction_restates_it(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [  # with no sanction before, or unnamed, it describes a group and states nothing
        "The two companies, Volta Freight and Orion Mining, reported higher profits this year.",
        "Exports rose in May. Two of the firms, Volta Freight and Orion Mining, doubled sales.",
        "Britain sanctioned four banks. The two banks are based in Minsk.",
        "Japan froze the assets of three firms. Two of the firms operate in Dubai.",
    ],
)
def test_an_unnamed_or_unsanctioned_group_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == (0 if "sanctioned" not in text and "froze" not in text else 1), rows
