"""A label line that names a sanction action ('Traders blacklisted: 12') tallies the action's
targets: the count after its colon, the counts listed after it and a prior period's bracketed
value are the sanction's, no quantities. Labels of other things or of a measure's
length keep their counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, on_a_page


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "line",
    [
        "Shipping firms blacklisted since 2023: 214",
        "Dealers and brokers debarred (to date): 38",
        "Traders blacklisted this quarter: 19",
        "Listed on Friday: 7 persons, 3 entities",
        "Permits revoked: 11 (2024: 5)",
        "Georgians designated by the Treasury: 16",
    ],
)
def test_a_sanction_label_tallies_its_targets(claims_of: Rows, line: str) -> None:
    assert _values(claims_of, on_a_page(line)) == []


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Flights cancelled: 48", [48]),
        ("Payments suspended: 23", [23]),
        ("Blocked payments: 31, worth EUR 2.4 million", [31, 2400000]),
        ("Designation rounds held: 6", [6]),
        ("Freeze period: 60 days", [60]),
        ("Salmon, frozen, per kg: 7.20", [7.2]),
    ],
)
def test_labels_of_holdings_other_things_and_lengths_keep_their_counts(
    claims_of: Rows, line: str, kept: list[float]
) -> None:
    assert _values(claims_of, on_a_page(line)) == kept
