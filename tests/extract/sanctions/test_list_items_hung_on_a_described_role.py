"""A list of those named that goes on after a description participle ('X, described as the
ring's leader, his wife Y and two of his cousins'): the parser hangs the next items on the role
the participle gives; an item owned by a pronoun there ('his wife Y'), and the items after it,
are targets of their own, as when the list hangs on the name."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts

LEAD = "A court in Tallinn froze the assets of nine people on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among those named in the ruling are Toomas Saar, 38, described as the network's "
            "leader, his wife Liis and two of his cousins.",
            4,
        ),
        (
            "Among those named are Jaan Ilves, described as the gang's treasurer, his partner "
            "Kati and two of his uncles.",
            4,
        ),
        (
            "Those named include Rait Kuusk, 33, described as the group's courier, his sister "
            "Maie and two of his brothers.",
            4,
        ),
        (
            "Among those listed were Silver Oja, described as the firm's owner, his son Kalev "
            "and three of his nephews.",
            5,
        ),
    ],
)
def test_items_after_a_described_role_are_targets(
    claims_of: Rows, text: str, expected: int
) -> None:
    assert last_counts(claims_of, LEAD + text) == {"person": expected}
