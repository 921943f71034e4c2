"""'Centre Extends UAPA Ban on Six Valley Outfits': in a title-case phrase the parser may hang the
number on the place name before the target word; it still counts the targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Centre Extends UAPA Ban on Six Valley Outfits", {"organization": 6}),
        ("Ministry Renews Ban On Four Hill Outfits", {"organization": 4}),
        ("Centre Extends Ban on Two Naga Outfits Till 2030", {"organization": 2}),
        ("Home Ministry Extends UAPA Ban On Three Manipur Groups", {"organization": 3}),
    ],
)
def test_a_number_on_a_place_name_counts_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected
