"""Words and numbers that are no dates: habits, rates, ranks, durations, delays, season words,
month names that are people (reporters in credit lines), and months where none is meant."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import find_dates
from tests.extract.dates.helpers import (
    THU_13_MAR_2025,
    TUE_02_SEP_2025,
    TUE_10_JUN_2025,
    WED_12_MAR_2025,
    spans,
    surface_spans,
)


@pytest.mark.parametrize(
    "text",
    [
        "The stamp read 2.4.2024.",
        "The briefing is held every Thursday.",
        "Shops opened early for Black Friday.",
        "May I ask a question?",
        "The 1,2,3,4 sequence repeats.",
        "He read the Sunday Times.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customs publishes figures for the first two months of each year.",
        "Potash earned Belarus $2.5 billion a year before sanctions.",
        "He came in second.",
        "The team finished in the third, behind Norway.",
    ],
)
def test_habits_rates_and_ranks_are_no_dates(text: str) -> None:
    assert spans(text, THU_13_MAR_2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "One hospital went without power for three days after its inverter failed.",
        "It took 30 days after the order to comply.",
        "Three days after the vote, he resigned.",
    ],
)
def test_durations_and_unanchored_event_counts_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose in Spring Valley, the council said.",
        "Prices rebounded after the fall in demand.",
        "The city has been rebuilt since the fall of the regime.",
        "Clinics closed during the winter of discontent, unions recalled.",
        "The bill could reach a vote before the summer recess, aides said.",
        "Mills will idle their lines for two weeks after the winter break.",
        "Pupils sat the tests during the spring term.",
        "Ferries add crossings in the summer timetable.",
    ],
)
def test_season_words_that_are_no_dates(text: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hearing opened a month later than planned.",
        "The ship arrived a day earlier than expected.",
        "Repairs ended a week later than the ministry promised.",
        "The report came out a year later than scheduled.",
    ],
)
def test_a_delay_is_no_date(text: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025) == []


def test_a_month_name_that_is_a_person_is_no_date() -> None:
    assert surface_spans("He spoke with May about the deal.", TUE_02_SEP_2025) == []


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
    assert spans(text, WED_12_MAR_2025) == []


def test_by_a_month_after_a_clause_is_still_a_date() -> None:
    assert spans("The border posts were staffed by June, the ministry said.", WED_12_MAR_2025) == [
        ("June", "2024-06-01", "2024-06-30")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May's 3 ministers resigned.",
        "The union said it MAY 2 strike again.",
        "Readings (Gauge 4: 2.1 m) rose.",
        "Prices rose 3% on average.",
    ],
)
def test_no_month_where_none_is_meant(text: str) -> None:
    assert spans(text, TUE_10_JUN_2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brent's June contract rose to $74 a barrel.",
        "The May futures settled at $3.10 a bushel.",
        "Soybeans for later months are firmer, with the January contracts up 1%.",
        "NYMEX Dec futures: $3.95/MMBtu | Change w/w: +1.8%",
        "Traders sold ICE October options after the report.",
    ],
)
def test_a_month_that_names_a_traded_contract_is_no_date(text: str) -> None:
    assert spans(text, WED_12_MAR_2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "The yield on the benchmark 2034 government bond slipped 6bp to 8.9%.",
        "Its 2031 notes fell two cents after the downgrade.",
        "Investors sold the 2029 eurobonds and bought dollars.",
        "The 2030 maturity now trades at 88 cents on the dollar.",
    ],
)
def test_a_year_that_names_a_bonds_maturity_is_no_date(text: str) -> None:
    assert spans(text, WED_12_MAR_2025) == []


def test_a_bond_sale_in_a_year_is_still_dated() -> None:
    assert spans("The 2024 bond sale raised $2 billion.", WED_12_MAR_2025) == [
        ("2024", "2024-01-01", "2024-12-31")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("The vote is planned before the summer recess in July.", "in July", "2025-07-01"),
        ("Repairs will run during the summer holidays in 2026.", "in 2026", "2026-01-01"),
        (
            "Flights were added in the winter schedule that began on 27 October.",
            "on 27 October",
            "2024-10-27",
        ),
        ("Talks stalled after the Easter break on 22 April.", "on 22 April", "2024-04-22"),
    ],
)
def test_a_date_written_with_a_seasons_break_is_the_claim(
    text: str, surface: str, start: str
) -> None:
    assert [(s, b) for s, b, _ in surface_spans(text, THU_13_MAR_2025)] == [(surface, start)]


@pytest.mark.parametrize(
    "text",
    [
        "The plan calls for 300 charging points by 2030, up from 45 today.",
        "The city expects to house 1.9 million people, compared with about 1.4 million today.",
        "Ferries will carry 600 cars a day, against 410 today, once the ramp opens.",
        "Fees are set to climb to 9% from roughly 6% today.",
    ],
)
def test_today_after_the_figure_a_change_counts_from_is_no_day(text: str) -> None:
    assert [span for span, _, _ in spans(text, WED_12_MAR_2025) if "today" in span] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jobless claims rose to 240,000 today from 230,000 a week earlier.",
        "Rescue crews flew 38 sorties today over the burning hills.",
    ],
)
def test_a_count_made_today_keeps_its_day(text: str) -> None:
    assert [span for span, _, _ in spans(text, WED_12_MAR_2025) if "today" in span] == ["today"]


@pytest.mark.parametrize(
    "text",
    [
        "Pension spending would climb from about 5% of GDP today to 7% by 2060.",
        "The new line cuts the trip to 90 minutes, against more than 4 hours by bus today.",
        "Output should double from 1.2 million barrels a day today.",
        "The fleet will grow to 80 aircraft, compared with 52 jets in service today.",
    ],
)
def test_today_after_a_level_and_what_it_measures_is_no_day(text: str) -> None:
    assert [span for span, _, _ in spans(text, WED_12_MAR_2025) if "today" in span] == []


@pytest.mark.parametrize(
    "text",
    [
        "Casualties rose, with more than 40 people hurt in the blast today.",
        "The toll climbed to 12, up from 9 reported today.",
        "Turnout was higher than 60% of voters expected today.",
    ],
)
def test_a_verb_after_the_figure_keeps_the_day(text: str) -> None:
    assert [span for span, _, _ in spans(text, WED_12_MAR_2025) if "today" in span] == ["today"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry firm will add two extra Saturday sailings to the island.",
        "Rail bosses promised more Sunday trains once the works end.",
        "The carrier now flies three Friday flights to Lagos.",
        "Councils laid on additional Monday collections after the holiday.",
    ],
)
def test_a_counted_weekday_before_a_plural_noun_is_a_service_not_a_day(text: str) -> None:
    assert spans(text, WED_12_MAR_2025) == []


def test_a_weekday_after_on_keeps_its_day_beside_a_counted_service() -> None:
    text = "Voters went to the polls on Sunday, and three Sunday buses were cancelled."
    assert [span for span, _, _ in spans(text, WED_12_MAR_2025)] == ["Sunday"]


@pytest.mark.parametrize(
    "text",
    [
        "Assets were frozen under Law No. 12 of 2019, the prosecutor said.",
        "The cabinet issued Decision No. (31) of 2024 listing seven firms.",
        "Decree 208 of 2023 governs the port fees.",
        "Cases rose in epidemiological week 9 of 2025 before falling.",
    ],
)
def test_the_year_of_a_numbered_instrument_or_part_is_no_date(text: str) -> None:
    assert [s for s, _, _ in spans(text, TUE_10_JUN_2025) if s[-4:].isdigit()] == []


def test_a_year_after_of_with_no_number_before_it_is_still_a_date() -> None:
    assert spans("It was the driest month of 2024, the agency said.", TUE_10_JUN_2025) == [
        ("2024", "2024-01-01", "2024-12-31")
    ]
