"""A list-membership statement's span reaches the list it names ('has been on the US list'):
the list says whose the membership is, and the claim is that phrase."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "The NPA has been on the US State Department's list of terrorist groups since 2002.",
            "list",
        ),
        ("Both banks remain on the EU's sanctions list, officials said.", "list"),
        ("The militia is on Canada's list of terrorist entities.", "list"),
        ("Since 2019 the firm has been on the UK sanctions list.", "list"),
    ],
)
def test_a_membership_span_reaches_the_list(claims_of: Rows, text: str, end: str) -> None:
    row = only(claims_of, text)
    assert text[row["span_start"] : row["span_end"]].endswith(end), row
