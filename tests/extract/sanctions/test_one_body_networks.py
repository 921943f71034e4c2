"""'the network' with a definite article or a possessive names one organization, as 'the group'
does, and counts one; bare in a headline it stays uncounted."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa has sanctioned that very network as well.", {"organization": 1}),
        ("Tokyo designated the network in April.", {"organization": 1}),
        ("The EU will sanction the cartel's laundering network.", {"organization": 1}),
        ("Seoul froze all assets held by the smuggling network.", {"organization": 1}),
        ("Treasury Blacklists Timber Smuggling Network", {"organization": None}),
    ],
)
def test_the_network_counts_one(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected
