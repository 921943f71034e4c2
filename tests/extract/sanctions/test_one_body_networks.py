"""'the network' with a definite article or a possessive names one organization, as 'the group'
does, and counts one; bare in a headline it stays uncounted."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa imposed sanctions on the same network on Friday.", {"organization": 1}),
        ("Tokyo has listed the network as a terrorist organisation.", {"organization": 1}),
        ("The EU will sanction the cartel's laundering network.", {"organization": 1}),
        ("Britain froze the assets of the smuggling network last month.", {"organization": 1}),
        ("Treasury Blacklists Timber Smuggling Network", {"organization": None}),
    ],
)
def test_the_network_counts_one(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(only(claims_of, text)) == expected
