"""Date families of round 5, in phrasings of our own: a future cue that a later verb in the past
takes back (a quote that looks ahead and its speaker, a plan that then failed), a counted noun
that looks like a schedule verb ('four votes on Friday'), and 'take' as a verb of a fixed
arrangement ('takes office on 20 January')."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates


def spans(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(surface, start, end) of every date found."""
    return [
        (text[m.start : m.end], str(r.start), str(r.end)) for m, r in iter_dates(text, published)
    ]


SUN = dt.date(2025, 9, 28)  # a Sunday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"We will not back down," the premier said in a televised speech on Saturday.', "27"),
        ('"Prices will fall," the minister told a news conference in the capital on Friday.', "26"),
        ("Aides said the talks would resume soon, but the envoy left Geneva on Thursday.", "25"),
        ('"They will pay for this," he wrote in a post on his channel on Wednesday.', "24"),
    ],
)
def test_a_past_verb_after_a_future_cue_narrates_the_past(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, SUN)
    assert start == end == f"2025-09-{day}"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A motion to postpone the sale then drew only three votes on Friday.", "26"),
        ("A bid to extend the truce by a month won just two votes on Thursday.", "25"),
        ("The plan to delay the tariffs got 11 votes on Saturday, short of a majority.", "27"),
        ("An amendment to widen the ban secured four votes on Wednesday.", "24"),
    ],
)
def test_a_plan_that_then_failed_is_dated_in_the_past(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, SUN)
    assert start == end == f"2025-09-{day}"


@pytest.mark.parametrize(
    "text",
    [
        "Ministers meet on Tuesday to agree the package.",
        "The envoy travels to Ankara on Thursday.",
        "Talks resume on Wednesday, the ministry said.",
    ],
)
def test_a_present_schedule_verb_still_looks_ahead(text: str) -> None:
    [(_, start, _end)] = spans(text, SUN)
    assert start > str(SUN)


DEC = dt.date(2024, 12, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new government takes office on 20 January.", "2025-01-20"),
        ("The tariff takes effect on 1 March, officials said.", "2025-03-01"),
        ("The incoming governor takes over on 15 February.", "2025-02-15"),
        ("The summit takes place on 9 May in Warsaw.", "2025-05-09"),
    ],
)
def test_take_in_the_present_before_a_far_date_looks_ahead(text: str, expected: str) -> None:
    [(_, start, end)] = spans(text, DEC)
    assert start == end == expected


def test_take_in_the_past_stays_in_the_past() -> None:
    [(_, start, _end)] = spans("The new cabinet took office on 20 January.", DEC)
    assert start == "2024-01-20"


AUG = dt.date(2023, 8, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rainfall ran 25% above average over July and August.", ("2023-07-01", "2023-08-31")),
        ("Demand stayed weak throughout March and April.", ("2023-03-01", "2023-04-30")),
        ("Strikes spread across May and June 2022.", ("2022-05-01", "2022-06-30")),
        ("Sales held up over January and February.", ("2023-01-01", "2023-02-28")),
    ],
)
def test_two_months_after_a_stretch_preposition_are_one_period(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, AUG)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 6.4% in the 12 months to July 2023.", ("2022-08-01", "2023-07-31")),
        ("Rents rose 5.1% in the twelve months to June.", ("2022-07-01", "2023-06-30")),
        ("Output fell in the three months to May, the office said.", ("2023-03-01", "2023-05-31")),
        ("Wages grew 7% in the six months ending in March 2023.", ("2022-10-01", "2023-03-31")),
    ],
)
def test_n_months_to_a_month_end_with_it(text: str, expected: tuple[str, str]) -> None:
    [(_, start, end)] = spans(text, AUG)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aid reached $4 billion in the fiscal year ending March 31, 2025.",
            ("2024-04-01", "2025-03-31"),
        ),
        ("Profit fell in the financial year to 30 June 2024.", ("2023-07-01", "2024-06-30")),
        ("Exports grew in the year ending 31 March 2023.", ("2022-04-01", "2023-03-31")),
        ("Revenue rose in the fiscal year ending Sept. 30, 2022.", ("2021-10-01", "2022-09-30")),
    ],
)
def test_a_year_ending_on_a_written_day_ends_with_that_month(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, AUG)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Incursions rose by about 80% on 2024.", "2024"),
        ("Imports were up 12 percent on 2022, customs data showed.", "2022"),
        ("Sales fell 3 per cent over 2021 as demand cooled.", "2021"),
        ("Arrivals were down 9% on 2019, before the pandemic.", "2019"),
    ],
)
def test_the_year_a_change_is_measured_on_is_a_date(text: str, year: str) -> None:
    assert (f"{year}-01-01", f"{year}-12-31") in [(s, e) for _, s, e in spans(text, AUG)]


@pytest.mark.parametrize(
    ("text", "event_day"),
    [
        (
            "The bank froze the accounts on 9 March, three days before Governor Okafor took office.",
            "2023-03-12",
        ),
        (
            "Troops left on 2 May, two days after Prime Minister Hale announced the pullout.",
            "2023-04-30",
        ),
        (
            "The law was signed on 20 June, two weeks before Parliament rose for its recess.",
            "2023-07-04",
        ),
        ("Talks collapsed on 11 July, four days after Vance arrived in Cairo.", "2023-07-07"),
    ],
)
def test_a_count_to_a_named_persons_act_dates_that_act(text: str, event_day: str) -> None:
    found = spans(text, AUG)
    assert len(found) == 2
    assert found[1][1] == found[1][2] == event_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cap held bills at 2,500 pounds from October 2022 until the end of June.",
            ("2022-10-01", "2023-06-30"),
        ),
        ("TOTALS (8am Monday to 8am Tuesday)", ("2023-08-14", "2023-08-15")),
        ("Arrivals, 1 Oct-31 Jul: 1.7 mt", ("2022-10-01", "2023-07-31")),
        ("Index, weekly, Mar 2021 - Feb 2023", ("2021-03-01", "2023-02-28")),
        ("The scheme ran from 1 November until 31 January.", ("2022-11-01", "2023-01-31")),
    ],
)
def test_two_dates_joined_as_ends_of_a_stretch_are_one_date(
    text: str, expected: tuple[str, str]
) -> None:
    [(_, start, end)] = spans(text, AUG)
    assert (start, end) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote was moved from Monday to Tuesday.",
        "The launch was postponed from March to May.",
        "Officials said on Monday the talks would go on.",
    ],
)
def test_a_move_or_a_lone_date_is_no_stretch(text: str) -> None:
    assert all(start == end or end.endswith(("-31", "-30")) for _, start, end in spans(text, AUG))
    assert len(spans(text, AUG)) in (1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators raised the price for the new season starting in October.", "2023-10-01"),
        ("Growers set quotas for the harvest beginning in September.", "2023-09-01"),
        ("The board approved a plan for the term commencing on 1 October.", "2023-10-01"),
    ],
)
def test_a_period_starting_in_a_month_ahead_looks_ahead(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, AUG)
    assert start == expected


WED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loadings fell 4% in the seven days to Sunday.", ("2025-03-03", "2025-03-09")),
        ("Exports in the week to March 7 rose to 1.2 mt.", ("2025-03-01", "2025-03-07")),
        ("In the four weeks to 2 March, sales rose 2%.", ("2025-02-03", "2025-03-02")),
        ("Net profit doubled in the quarter ended Dec. 31.", ("2024-10-01", "2024-12-31")),
        (
            "The group lost $3 million in the three months ended Sept. 30, 2024.",
            ("2024-07-01", "2024-09-30"),
        ),
        ("Arrivals in the fortnight ending on Feb. 16 were steady.", ("2025-02-03", "2025-02-16")),
    ],
)
def test_a_day_that_ends_a_period_dates_the_period(text: str, expected: tuple[str, str]) -> None:
    [(_, start, end)] = spans(text, WED)
    assert (start, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The curfew lasted until 6 October, officials said.", "2024-10-06"),
        ("The port stayed shut until 2 November.", "2024-11-02"),
        ("Prices climbed through October.", "2024-10-01"),
        ("The strike went on through 20 September.", "2024-09-20"),
    ],
)
def test_an_end_point_after_a_past_verb_looks_back(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED)
    assert start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ban will remain in force until 15 September.", "2025-09-15"),
        ("The sanctions were extended until 15 September.", "2025-09-15"),
        ("The waiver was renewed on Monday, through 30 September.", "2025-09-30"),
        ("The exemption runs through 15 September.", "2025-09-15"),
    ],
)
def test_an_end_point_of_a_term_set_ahead_looks_ahead(text: str, expected: str) -> None:
    assert expected in [start for _, start, _end in spans(text, WED)]


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("2014 – Crimea annexed", "2014", "2014"),
        ("- 2019 — first port bans", "2019", "2019"),
        ("• 2022 - full-scale invasion", "2022", "2022"),
        ("2008 – the first embargo on arms", "2008", "2008"),
    ],
)
def test_a_timeline_entry_by_year_is_a_date(text: str, surface: str, year: str) -> None:
    assert [(m, s, e) for m, s, e in spans(text, WED)] == [
        (surface, f"{year}-01-01", f"{year}-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    ["Deadline: Friday", "The deadline is Friday.", "The deadline for bids is 20 March."],
)
def test_a_deadline_looks_ahead(text: str) -> None:
    [(_, start, _end)] = spans(text, WED)
    assert start > str(WED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister will attend the planned summit on 20 May.", "2025-05-20"),
        ("The EU will discuss the proposed ban at a meeting on 4 June.", "2025-06-04"),
        ("Officials will review the expanded list on Tuesday.", "2025-03-18"),
        (
            "Ministers will meet in Brussels, where they agreed a deal in 2023, on Tuesday.",
            "2025-03-18",
        ),
    ],
)
def test_a_participle_after_a_determiner_or_in_a_relative_clause_tells_no_past(
    text: str, expected: str
) -> None:
    assert expected in [start for _, start, _end in spans(text, WED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was signed on 3 March – two days after the vote – in Kyiv.",
            [("3 March", "2025-03-03"), ("two days after", "2025-03-01")],
        ),
        (
            "The ban took effect on 1 March - the day after the summit.",
            [("1 March", "2025-03-01"), ("the day after", "2025-03-01")],
        ),
        (
            "Troops crossed on Sunday — three days after the talks failed.",
            [("Sunday", "2025-03-09"), ("three days after", "2025-03-06")],
        ),
    ],
)
def test_a_counted_date_set_off_by_a_dash_renames_the_date_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(surface, start) for surface, start, _end in spans(text, WED)] == expected


@pytest.mark.parametrize(
    "text", ["Beginning in October, prices fell sharply.", "Prices, starting in October, fell."]
)
def test_a_participle_of_starting_that_opens_a_phrase_does_not_look_ahead(text: str) -> None:
    [(_, start, _end)] = spans(text, dt.date(2025, 6, 10))
    assert start == "2024-10-01"
