"""'extended by three years the Fourth Schedule listing of 12 leaders': an -ing form of a
sanction noun the tagger read as a verb, with a determiner of its own in an object or subject
slot, is the noun ('listing', 'blacklisting'), and the verb acting on it states the action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "Pakistan proscribed two militant groups on Monday. "


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "In a separate order, the ministry extended by three years the Fourth Schedule"
            " listing of 14 commanders of the outlawed front.",
            "extended",
            {"person": 14},
        ),
        (
            "The interior ministry also renewed for two years the Second Schedule listing of"
            " nine clerics.",
            "extended",
            {"person": 9},
        ),
        (
            "Officials prolonged by a year the watch-list listing of 31 suspected financiers.",
            "extended",
            {"person": 31},
        ),
        (
            "The government also revoked the Fourth Schedule listing of six students after a"
            " review.",
            "lifted",
            {"person": 6},
        ),
    ],
)
def test_a_gerund_listing_is_the_sanction_noun(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[-1]["sanction_status"] == status
    assert counts(rows[-1]) == expected


def test_a_gerund_with_its_own_object_stays_a_verb(claims_of: Rows) -> None:
    text = "The school is extending the hours, listing the changes on its website."
    assert claims_of(text, "sanction") == []
