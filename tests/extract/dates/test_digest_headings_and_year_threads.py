"""A digest's numbered section heading that looks ahead ("4) Coming up", "III. Dates to watch")
dates its list ahead as an unnumbered one does; a hyphenated month
range takes a relative year ("April-June last year"); a yearless day or month followed by "that
year" takes the year the text spoke of last; a month after "a"/"an" dates the noun it heads ("a
May survey"); a relative date ("last spring") between a written year and a yearless month ends
that year's thread, so the month reads from publication again."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import TUE_02_SEP_2025, days, one, spans

WED_08_JUL_2026 = dt.date(2026, 7, 8)


@pytest.mark.parametrize(
    ("context", "line", "expected"),
    [
        ("6) DATES TO WATCH\n", "- 22 September: review published", "2025-09-22"),
        ("4) Coming up\n- Budget speech\n", "- Port strike vote on 4 September", "2025-09-04"),
        ("III. Week ahead\n", "- Rate decision on 18 September", "2025-09-18"),
        ("2. Key dates\n", "- Election in July", "2026-07-01"),
    ],
)
def test_a_numbered_heading_that_looks_ahead_dates_its_list_ahead(
    context: str, line: str, expected: str
) -> None:
    [(_, start)] = days(line, f"Prices eased.\n\n{context}", TUE_02_SEP_2025)
    assert start == expected


def test_a_numbered_heading_that_looks_back_keeps_the_past_reading() -> None:
    [(_, start)] = days("- Crop report on 30 August", "3) Key events\n", TUE_02_SEP_2025)
    assert start == "2025-08-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visitors were up 9% on January-March last year.", ("2024-01-01", "2024-03-31")),
        ("Output was lower than in April–June last year.", ("2024-04-01", "2024-06-30")),
        ("Sales from July through September last year had slumped.", ("2024-07-01", "2024-09-30")),
        ("The fund expects a rebound in October-December next year.", ("2026-10-01", "2026-12-31")),
    ],
)
def test_a_hyphenated_month_range_takes_a_relative_year(
    text: str, expected: tuple[str, str]
) -> None:
    assert one(text, TUE_02_SEP_2025)[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last outage, in 2010, followed the storm of Feb. 27 that year.", "2010-02-27"),
        ("The plant shut in 2019 and was reopened on March 4 that year.", "2019-03-04"),
        ("Talks began in 2021, and a deal will have been signed by 4 May that year.", "2021-05-04"),
        ("The mine flooded in 2018; in March that year output halved.", "2018-03-01"),
    ],
)
def test_a_yearless_date_followed_by_that_year_takes_the_year_spoken_of(
    text: str, expected: str
) -> None:
    [year, (_, start, _)] = spans(text, TUE_02_SEP_2025)
    assert year[1] == expected[:4] + "-01-01" and start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most drivers come from outside the city, according to a May survey.", "2025-05-01"),
        ("An August poll found support had slipped to 41%.", "2025-08-01"),
        ("The figures were revised in a June report by the statistics office.", "2025-06-01"),
        ("Ministers will review the plan at an October meeting.", "2025-10-01"),
    ],
)
def test_a_month_after_an_indefinite_article_dates_the_noun_it_heads(
    text: str, expected: str
) -> None:
    assert one(text, TUE_02_SEP_2025)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court blocked the rule in February 2025, a judge upheld that last spring, and an"
            " appeal was heard in April.",
            "2026-04-01",
        ),
        ("Exports fell in May 2024, recovered this year and peaked in February.", "2026-02-01"),
        ("The mine shut in March 2023; it reopened last year and was sold in June.", "2026-06-01"),
        ("The port closed in October 2024 and reopened in January.", "2025-01-01"),
    ],
)
def test_a_relative_date_between_ends_the_thread_of_a_written_year(
    text: str, expected: str
) -> None:
    assert spans(text, WED_08_JUL_2026)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The exchange halted trading for the day after 40 minutes of losses.",
        "Crews worked through the day before 12 engines arrived at the depot.",
        "The market closed for the day after twenty minutes.",
        "Pumps ran all morning before 3,000 litres had drained.",
    ],
)
def test_a_day_word_then_a_preposition_with_a_count_is_no_date(text: str) -> None:
    assert spans(text, TUE_02_SEP_2025) == []


def test_a_day_then_a_preposition_closing_a_clause_is_still_a_day() -> None:
    found = spans(
        "Talks broke down on Monday and resumed the day after, officials said.", TUE_02_SEP_2025
    )
    assert found[-1] == ("the day after", "2025-09-02", "2025-09-02")
