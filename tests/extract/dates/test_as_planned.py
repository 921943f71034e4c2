"""'as planned', 'as agreed', 'as expected': an elliptic clause, no verb in the past and no cue
of its own; the clause's verb sets the direction of a yearless date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "A spokesman said the country would hold elections as planned on Dec. 28.",
            "Dec. 28",
            "2025-12-28",
        ),
        (
            "The minister said the talks would resume as agreed on 3 December.",
            "3 December",
            "2025-12-03",
        ),
        ("The summit went ahead as planned on Sept. 3.", "Sept. 3", "2025-09-03"),
        ("The vote took place as expected on Sept. 14.", "Sept. 14", "2025-09-14"),
    ],
)
def test_an_elliptic_as_clause_leaves_the_direction_to_the_verb(
    text: str, span: str, day: str
) -> None:
    assert (span, day, day) in spans(text, WED_24_SEP_2025)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "Some 38,000 boxes were waiting to be moved by late afternoon, up from 22,500 on Tuesday.",
            "Tuesday",
            "2025-09-23",
        ),
        (
            "Officials expect 40,000 visitors to be counted soon, up from 31,000 on Monday.",
            "Monday",
            "2025-09-22",
        ),
        ("The index will be published later, against 101.2 on Monday.", "Monday", "2025-09-22"),
        (
            "Stocks are set to fall this week, from 4.1 million barrels on Tuesday.",
            "Tuesday",
            "2025-09-23",
        ),
    ],
)
def test_the_level_a_figure_is_compared_with_is_behind(text: str, span: str, day: str) -> None:
    assert (span, day, day) in spans(text, WED_24_SEP_2025)


def test_a_level_a_change_reaches_still_looks_ahead() -> None:
    assert ("Friday", "2025-09-26", "2025-09-26") in spans(
        "The fee rises to $3 on Friday.", WED_24_SEP_2025
    )


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "Tariffs changed on June 1. Installations for January-September reached 240 GW, up 49%"
            " on the same period of 2024.",
            "the same period of 2024",
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "Stocks peaked at 4.1 million on May 3. Imports for April-June fell 2% from the same"
            " period of 2023.",
            "the same period of 2023",
            "2023-04-01",
            "2023-06-30",
        ),
        (
            "The fund held $2 bn against $1.8 bn on July 2. Sales in March-May were the same as in"
            " the same months of 2022.",
            "the same months of 2022",
            "2022-03-01",
            "2022-05-31",
        ),
        (
            "It rose from 12 to 14 on August 4. Output for January-July beat the same period of"
            " last year.",
            "the same period of last year",
            "2024-01-01",
            "2024-07-31",
        ),
    ],
)
def test_a_figure_ending_the_sentence_before_is_no_comparison_base(
    text: str, span: str, start: str, end: str
) -> None:
    assert (span, start, end) in spans(text, WED_24_SEP_2025)
