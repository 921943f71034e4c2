"""Words that say when or whose, never what a figure counts: a stretch of the calendar after a
time determiner ('last season', 'this quarter'), a dated noun in a sum's 'in' phrase ('in
mid-2024', 'in H1'), and the owner of the reference a percentage is set against ('above the
assessor's estimate'): the figure measures what its clause names instead."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Registered members dropped from 5,300 in 2018 to 3,100 last season.", "3,100", "members"),
        ("Club membership fell from 820 in 2021 to 640 this season.", "640", "club membership"),
        ("Licensed guides rose from 210 in 2019 to 260 last quarter.", "260", "licensed guides"),
        ("Enrolled pupils slipped from 1,900 in 2020 to 1,750 last term.", "1,750", "pupils"),
    ],
)
def test_a_period_after_a_time_determiner_is_when(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The group's turnover peaked at EUR 8.1 billion in mid-2022.", "8.1", "turnover"),
        ("The insurer's book value stood at $640 million in mid-2021.", "640", "book value"),
        ("The fund's assets reached GBP 2.2 billion in H1.", "2.2", "assets"),
        ("Company debt climbed to USD 930 million in FY2023.", "930", "company debt"),
    ],
)
def test_a_dated_in_phrase_is_no_item_of_a_sum(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Auditors found the two lots were priced 31% above the surveyor's estimate.",
            "31%",
            "lots",
        ),
        ("The winning tender was 14% below the ministry's own forecast.", "14%", "tender"),
        ("Her offer came in 9% under the agency's valuation.", "9%", "offer"),
        ("The contractors' bids ran 22% over the council's projection.", "22%", "bids"),
    ],
)
def test_the_owner_of_a_reference_is_no_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
