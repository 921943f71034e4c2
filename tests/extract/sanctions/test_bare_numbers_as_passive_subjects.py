"""A bare number as the subject of a passive sanction verb ('Two were designated by the US
Treasury') counts targets as 'Two of them' does: a group of its own, whose kind the story's other
claims that count as many give it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Japan sanctioned two shipping firms in May. Two were later designated by the US"
            " Treasury as well.",
            "United States",
            {"organization": 2},
        ),
        (
            "Canada sanctioned three generals on Friday. Three were already blacklisted by the"
            " European Union.",
            "European Union",
            {"person": 3},
        ),
        (
            "Australia froze the assets of four brokers. Four were also sanctioned by Japan last"
            " year.",
            "Japan",
            {"organization": 4},
        ),
        (
            "Britain sanctioned five officials in March. Five were designated by Canada in 2021.",
            "Canada",
            {"person": 5},
        ),
    ],
)
def test_a_bare_number_subject_counts_targets(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected
