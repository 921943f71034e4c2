"""Date families of round 4's second pass, in phrasings of our own: a month that is a reporter's
first name in a wire credit line, years that head a fact-box label after its words or inside
brackets, a year naming an event after an adjective ('the devastating 2010 floods'), and a month
after a possessive ('Moscow's March offensive')."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates


def spans(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(surface, start, end) of every date found."""
    return [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, published)
    ]


WED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by May Tan in Singapore; Editing by Louise Heavens)",
        "Additional reporting by April Joyce in Dublin",
        "Photographs by June Okafor; graphics by Sam Reed",
        "Writing by Jan Strupczewski; editing by Alex Richardson",
    ],
)
def test_a_month_named_reporter_in_a_credit_line_is_no_date(text: str) -> None:
    assert spans(text, WED) == []


def test_by_a_month_after_a_clause_is_still_a_date() -> None:
    assert spans("The border posts were staffed by June, the ministry said.", WED) == [
        ("June", "2024-06-01", "2024-06-30")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Wheat exports 2024: 41 mt (2023: 38 mt)",
            [("2024", "2024-01-01", "2024-12-31"), ("2023", "2023-01-01", "2023-12-31")],
        ),
        ("Defence spending 2026: EUR 4.1 billion", [("2026", "2026-01-01", "2026-12-31")]),
        ("• Refugee arrivals 2023: 12,400", [("2023", "2023-01-01", "2023-12-31")]),
        ("Budget deficit: 3.4% of GDP (2022: 3.1%)", [("2022", "2022-01-01", "2022-12-31")]),
    ],
)
def test_a_year_heading_a_label_after_its_words_or_in_brackets(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Damage along the river was worse than in the devastating 2010 floods.", "2010"),
        ("It was the longest outage since the infamous 2003 blackout.", "2003"),
        ("The talks revived parts of the failed 2015 accord on the border.", "2015"),
        ("Farmers expect a harvest close to their bumper 2020 crop.", "2020"),
    ],
)
def test_a_year_naming_an_event_after_an_adjective(text: str, year: str) -> None:
    assert spans(text, WED) == [(year, f"{year}-01-01", f"{year}-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials counted the estimated 2000 refugees at the crossing.",
        "The remaining 1900 soldiers left the base.",
    ],
)
def test_a_count_after_a_quantifying_adjective_is_no_year(text: str) -> None:
    assert spans(text, WED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada matched the EU's October measures against the shipping firms.", "2024-10"),
        ("The village was retaken during Moscow's February offensive.", "2025-02"),
        ("Analysts cut the bank's January forecast for growth.", "2025-01"),
        ("Kyiv's August incursion surprised many officials.", "2024-08"),
    ],
)
def test_a_month_after_a_possessive_dates_the_noun(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED)
    assert start.startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The river is forecast to crest on Saturday or Sunday.",
            ("2025-03-15", "2025-03-16"),
        ),
        ("Results are expected Monday or Tuesday.", ("2025-03-17", "2025-03-18")),
        ("The convoy left on Sunday or Monday, witnesses said.", ("2025-03-09", "2025-03-10")),
        ("The envoys will arrive on Friday or Saturday.", ("2025-03-14", "2025-03-15")),
    ],
)
def test_two_weekdays_joined_by_or_are_one_span(text: str, expected: tuple[str, str]) -> None:
    [(_, start, end)] = spans(text, WED)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The export quota for 1 March to 31 May 2025 was cut.", ("2025-03-01", "2025-05-31")),
        ("A curfew ran 2 January to 9 January, residents said.", ("2025-01-02", "2025-01-09")),
        (
            "Talks held October 3 through October 5 ended without a deal.",
            ("2024-10-03", "2024-10-05"),
        ),
        (
            "The window 20 December 2024 until 6 January 2025 saw few flights.",
            ("2024-12-20", "2025-01-06"),
        ),
    ],
)
def test_two_days_joined_by_to_are_one_span_without_from(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, WED)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wheat, March delivery: $231/t", "2025-03"),
        ("Urals averaged $58 a barrel, against a December average of $63.", "2024-12"),
        ("Dated Brent: $74.10; February average $76.40", "2025-02"),
        ("Gas futures, January settlement: EUR 41/MWh", "2025-01"),
    ],
)
def test_a_month_naming_a_market_period_is_dated(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED)
    assert start.startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wheat, December delivery: $240/t", "2025-12"),
        ("Brent's June contract rose to $74 a barrel.", "2025-06"),
        ("The May futures settled at $3.10 a bushel.", "2025-05"),
        ("Soybeans for later months are firmer, with the January contracts up 1%.", "2026-01"),
    ],
)
def test_a_month_a_contract_delivers_in_looks_ahead(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED)
    assert start.startswith(expected)
