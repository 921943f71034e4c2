"""An acronym defined after a name whose words include capitalised adjectives or a hyphenated
first word ('the Central African Stock Exchange (CASE)', 'the Inter-American Development Bank
(IDBX)'): the whole name is what the acronym stands for, not its tail (an 'African ...' or an
'American ...' that names another body or a state)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Central African Stock Exchange (CASX) suspended trading in the bond. "
            "CASX also barred the two founders from its board.",
            ["Central African Stock Exchange"],
        ),
        (
            "The Inter-American Development Bank (IDBX) has debarred a paving firm. "
            "IDBX also debarred its director for three years.",
            ["Inter-American Development Bank"],
        ),
        (
            "The Inter-American Tropical Tuna Commission (TTCX) met in Lima on Monday. "
            "TTCX added six seiners to its list.",
            ["Inter-American Tropical Tuna Commission"],
        ),
        (
            "The West African Stock Exchange (WASX) opened a probe last year. "
            "WASX also barred the two founders of Volta Mining from its board.",
            ["West African Stock Exchange"],
        ),
    ],
)
def test_acronym_stands_for_the_whole_name(claims_of: Rows, text: str, expected: list[str]) -> None:
    rows = story(claims_of, text)
    assert rows and rows[-1]["sanction_authorities"] == expected, [
        (r["sanction_authorities"], r.get("subject")) for r in rows
    ]
