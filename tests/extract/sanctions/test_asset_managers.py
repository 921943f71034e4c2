"""'Asset managers' are firms: a people's role word after a word of a firm's trade names a
business, as after a ship word (claims/data/sanctions.json `business_compounds`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury sanctioned two asset managers in Dubai on Tuesday.", {"organization": 2}),
        (
            "Britain froze the accounts of three asset managers linked to the oligarch.",
            {"organization": 3},
        ),
        ("Two Cypriot asset managers were added to the list on Friday.", {"organization": 2}),
        ("The EU listed an asset manager that holds the general's shares.", {"organization": 1}),
    ],
)
def test_asset_managers_are_firms(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
