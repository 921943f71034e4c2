"""A share whose clause names no thing ('About 70% comes from wells', 'only 38% had been
planted') is a share of what the figure just before it measured; and in a list of shares that
shares one verb ('61% went to A, 24% to B and 15% to C') every share is of the same whole as the
first, never of the first share itself."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "thing"),
    [
        (
            "The town burns about 40 tonnes of coal a day. Roughly 65% comes from two local pits.",
            "65%",
            "coal",
        ),
        (
            "The insurer received 2,300 claims after the storm; 91% were paid within a month.",
            "91%",
            "claims",
        ),
        (
            "The agency planned to plant 12,000 trees this spring. By May only 30% had been "
            "planted.",
            "30%",
            "trees",
        ),
        (
            "The district recorded 318 burglaries last year. Officers think about 60 per cent "
            "of them were linked to one gang.",
            "60 per cent",
            "burglaries",
        ),
    ],
)
def test_a_share_with_no_thing_of_its_own_takes_the_figure_before(
    claims_of: Rows, text: str, anchor: str, thing: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == thing


@pytest.mark.parametrize(
    ("text", "anchors", "thing"),
    [
        (
            "Sales of the fund reached $40 million, of which 55% went to schools, 30% to clinics "
            "and 15% to roads.",
            ("30%", "15%"),
            "sales",
        ),
        (
            "Half of the grant will go to housing, 20% to transport and 30% to parks.",
            ("20%", "30%"),
            "grant",
        ),
        (
            "Seventy percent of the revenue goes to the towns, 25% to the provinces and 5% to a "
            "reserve.",
            ("25%", "5%"),
            "revenue",
        ),
        (
            "Of the ballots cast, 62% were for the plan and 38% against it.",
            ("38%",),
            "ballots",
        ),
    ],
)
def test_shares_in_a_list_are_of_the_first_shares_whole(
    claims_of: Rows, text: str, anchors: tuple[str, ...], thing: str
) -> None:
    for anchor in anchors:
        assert found(claims_of, text, anchor)["quantity_item"] == thing, anchor


def test_a_change_of_a_named_subject_keeps_its_subject(claims_of: Rows) -> None:
    text = (
        "The central bank sees output rising 1.8% in 2026. The rate had been lowered by a "
        "combined 375 basis points since 2023."
    )
    assert found(claims_of, text, "375 basis points")["quantity_item"] == "rate"
