"""A department or a liquidator that counts, registers or recovers a figure is who records it,
never what it measures (quantity_words agent_nouns): a change after the figure measures what
the figure counted."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The statistics department counted 88,000 residents in December, up 2.4% in a year.",
            "2.4%",
            "residents",
        ),
        (
            "The labour department registered 4,100 new firms in March, up 12% on a year earlier.",
            "12%",
            "firms",
        ),
        (
            "The transport department logged 9,300 crashes last year, down 6% from 2023.",
            "6%",
            "crashes",
        ),
        (
            "Liquidators said on Friday they had recovered ISK 3.1 billion so far.",
            "ISK 3.1 billion",
            "funds",
        ),
    ],
)
def test_a_recording_body_is_not_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The UN humanitarian office recorded 1,420 attacks in 2025, up about 20% on 2024.",
            "20%",
            "attacks",
        ),
        (
            "The regional office logged 310 new cases in May, up 15% from April.",
            "15%",
            "cases",
        ),
        (
            "The teachers' union counted 2,400 vacancies in September, 9% more than a year ago.",
            "9%",
            "vacancies",
        ),
        (
            "The dockers' union registered 640 injuries last year, down 12% from 2023.",
            "12%",
            "injuries",
        ),
    ],
)
def test_an_office_or_a_union_that_records_a_figure_is_not_the_item(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
