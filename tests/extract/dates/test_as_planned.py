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
            "Tariffs changed on June 1. Installations for January-September reached 240 GW, against"
            " 161 GW in the same period of 2024.",
            "the same period of 2024",
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "Stocks peaked at 4.1 million on May 3. Imports for April-June were 3.1 million, against"
            " 3.2 million in the same period of 2023.",
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


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "Canada listed 16 officials on Monday. One day later, Britain froze assets.",
            "One day later",
            "2025-09-23",
        ),
        ("The ship docked on 4 May and sailed one day later.", "one day later", "2025-05-05"),
        (
            "Talks opened on Tuesday; one day earlier, envoys had met in Rome.",
            "one day earlier",
            "2025-09-22",
        ),
        (
            "The strike began on 2 March. One morning later the depot was empty.",
            "One morning later",
            "2025-03-03",
        ),
    ],
)
def test_one_day_later_counts_from_the_day_before(text: str, span: str, day: str) -> None:
    assert (span, day, day) in spans(text, WED_24_SEP_2025)


@pytest.mark.parametrize(
    ("text", "span", "days"),
    [
        (
            "The list fell to 9,840 at the end of May this year.",
            "the end of May this year",
            ("2025-05-31", "2025-05-31"),
        ),
        (
            "Stocks peaked at the start of March last year.",
            "the start of March last year",
            ("2024-03-01", "2024-03-10"),
        ),
        (
            "The plant will close by the end of June next year.",
            "the end of June next year",
            ("2026-06-30", "2026-06-30"),
        ),
        (
            "Prices eased from the beginning of July this year.",
            "the beginning of July this year",
            ("2025-07-01", "2025-07-10"),
        ),
    ],
)
def test_an_edge_of_a_month_of_a_relative_year_takes_that_year(
    text: str, span: str, days: tuple[str, str]
) -> None:
    """A start reads like 'early' (the 1st to the 10th); an end 'by' which something happens is
    the month's last day."""
    assert spans(text, WED_24_SEP_2025) == [(span, *days)]


@pytest.mark.parametrize(
    "text",
    [
        "Crossings fell to 987, the last year before the pandemic, and rose after.",
        "It was the last year of the war.",
        "In the last month before the vote, turnout fell.",
        "Rain fell through the past week of the festival.",
    ],
)
def test_the_last_period_of_an_event_is_no_date_from_publication(text: str) -> None:
    assert spans(text, WED_24_SEP_2025) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Exports rose 4% in the last year.", "the last year"),
        ("Sales fell last year after the floods.", "last year"),
    ],
)
def test_the_last_period_without_an_event_still_counts_back(text: str, span: str) -> None:
    assert [s for s, _start, _end in spans(text, WED_24_SEP_2025)] == [span]


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Cost to island businesses (2025): £9m", "2025"),
        ("Cancellations (2024): 2,140", "2024"),
        ("Deaths on the roads (2023): 310", "2023"),
        ("- Grain shipped (2022): 41 mt", "2022"),
    ],
)
def test_a_bracketed_year_in_a_label_dates_its_value(line: str, year: str) -> None:
    text = f"Key figures\n{line}\n"
    assert [(s, start) for s, start, _end in spans(text, WED_24_SEP_2025)] == [
        (year, f"{year}-01-01")
    ]
