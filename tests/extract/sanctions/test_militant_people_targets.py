"""Words for members and backers of armed groups ('four suspected jihadists', '16 gunmen',
'40 sympathisers') name people: counted, they are person targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Netherlands froze the assets of four suspected jihadists.", {"person": 4}),
        ("Kenya sanctioned nine jihadists and two preachers on Friday.", {"person": 11}),
        (
            "Pakistan placed 40 sympathisers and 16 gunmen on its watch list on Monday.",
            {"person": 56},
        ),
        ("India has put three gunmen and five separatists on its terror list.", {"person": 8}),
    ],
)
def test_members_of_armed_groups_are_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    assert counts(rows[0]) == expected
