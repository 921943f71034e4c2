"""Round-4 date families, each in phrasings of our own: a progressive inside reported speech,
pieces of piped label lines, 'by' after a clause in the past, conditions and intentions that look
ahead, and wire datelines naming several places. Publication dates are given per case."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates


def spans(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(surface, start, end) of every date found."""
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, published)
    ]


WED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            '"We are running out of fuel," a hospital director told reporters on Monday.',
            "2025-03-10",
        ),
        ("The rebels are regrouping near the border, a spokesman said on Tuesday.", "2025-03-11"),
        (
            '"Prices are rising every week," the farmer told our correspondent on Sunday.',
            "2025-03-09",
        ),
        (
            "Crews are still searching for survivors, the coastguard reported on Thursday.",
            "2025-03-06",
        ),
        # no past verb after it: an arrangement ahead
        ("The envoys are meeting on Thursday.", "2025-03-13"),
    ],
)
def test_a_progressive_in_reported_speech_does_not_look_ahead(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, WED)
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Killed: 12 | 2024 total: 310 | 2025 so far: 41",
            [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-03-12")],
        ),
        (
            "Raids by month | January: 30 | February: 22 | March: 9",
            [
                ("January", "2025-01-01", "2025-01-31"),
                ("February", "2025-02-01", "2025-02-28"),
                ("March", "2025-03-01", "2025-03-31"),
            ],
        ),
        (
            "2023 average: 85 a day • 2024 average: 120 a day",
            [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31")],
        ),
        (
            "October: 1.2 mn t · November: 0.9 mn t",
            [("October", "2024-10-01", "2024-10-31"), ("November", "2024-11-01", "2024-11-30")],
        ),
    ],
)
def test_every_piece_of_a_piped_label_line_is_dated(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, WED)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Power was restored to all but 9,000 homes by Monday evening.", "2025-03-10"),
        ("Most of the fires had been put out by Tuesday.", "2025-03-11"),
        ("The rescuers reached the flooded village by Sunday night.", "2025-03-09"),
        ("By then 40 ships had left the port, and the last one sailed by Saturday.", "2025-03-08"),
        # a deadline ahead stays ahead
        ("Heating should be restored by Friday.", "2025-03-14"),
        ("Officials said the repairs would be finished by Monday.", "2025-03-17"),
        ("The line is to reopen by Saturday.", "2025-03-15"),
    ],
)
def test_by_after_a_clause_in_the_past_looks_back(text: str, day: str) -> None:
    found = [s for s in spans(text, WED) if s[0].split()[-1].endswith("day")]
    assert [(s[1], s[2]) for s in found] == [(day, day)]


NOV = dt.date(2025, 11, 6)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "If the EU lowers its price cap again in January, a further fall is likely.",
            "2026-01-01",
            "2026-01-31",
        ),
        (
            '"If the cap is cut in February, exports will drop," she said.',
            "2026-02-01",
            "2026-02-28",
        ),
        ("Officials want to reach 1,500 drones a day by the summer.", "2026-06-01", "2026-08-31"),
        ("The ministry aims to double output in the spring.", "2026-03-01", "2026-05-31"),
        ("Exporters hope to resume shipments in March.", "2026-03-01", "2026-03-31"),
        # a question about the past is no condition
        ("Asked if the talks in March had failed, he said no.", "2025-03-01", "2025-03-31"),
    ],
)
def test_conditions_and_intentions_look_ahead(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, NOV)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "OSLO/BERN, June 28 (Nordic Wire) - Norway on Friday joined the new package.",
        "RIGA/VILNIUS, May 5 (Baltic Desk) - The two states closed their borders on Monday.",
        "NEW YORK/LONDON, Jan 9 (Markets Wire) - Oil fell 3% on Thursday.",
        "KYIV/WARSAW, Sept 19 - The grain dispute eased on Tuesday.",
    ],
)
def test_a_dateline_naming_several_places_is_no_claim(text: str) -> None:
    found = spans(text, dt.date(2025, 6, 28))
    assert all("(" not in s and not s[0][0].isdigit() for s in found)
    assert len(found) == 1 and found[0][0].split()[-1].endswith("day")


SEP = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports for the 2023/24 marketing year reached 40 mn t.", "2023-07-01", "2024-06-30"),
        ("The board forecasts a harvest of 60 mn t in 2025/26.", "2025-07-01", "2026-06-30"),
        ("The club finished third in the 2021/22 season.", "2021-07-01", "2022-06-30"),
        ("Sugar output in 2019/2020 fell by a tenth.", "2019-07-01", "2020-06-30"),
        # not a split year: a range of years spans both
        ("Output fell in 2019-2021.", "2019-01-01", "2021-12-31"),
        ("Prices doubled in 2020/22.", "2020-01-01", "2022-12-31"),
    ],
)
def test_a_split_year_is_a_season_from_july_to_june(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, SEP)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Earnings fell in October to a level not seen since the spring of 2023. A year"
            " earlier they averaged EUR 0.8 bn a day.",
            "2023-10-01",
            "2023-10-31",
        ),
        (
            "Sales rose in August, the best month since 2019. A year earlier they had slumped.",
            "2024-08-01",
            "2024-08-31",
        ),
        (
            "Imports fell to 2 mn t in March, the lowest since early 2022. A month earlier they"
            " stood at 2.4 mn t.",
            "2025-02-01",
            "2025-02-28",
        ),
        (
            "Output hit a high in June, unmatched since May 2021; a year earlier it was lower.",
            "2024-06-01",
            "2024-06-30",
        ),
    ],
)
def test_a_since_bound_is_no_anchor_for_a_counted_date(text: str, start: str, end: str) -> None:
    assert spans(text, SEP)[-1][1:] == (start, end)


MAY = dt.date(2025, 5, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The EU adopted its package on Tuesday. Britain on the same day listed 100 tankers.",
            "2025-05-20",
        ),
        ("The drone struck on 2 March and a second one hit that same evening.", "2025-03-02"),
        ("Kyiv was shelled on Sunday; the very same day Kharkiv lost power.", "2025-05-18"),
        (
            "Both ships were seized on 14 April, and the crews were freed the same afternoon.",
            "2025-04-14",
        ),
        # nothing before it in the paragraph: the day of publication
        ("Canada imposed matching measures on the same day.", "2025-05-20"),
    ],
)
def test_the_same_day_is_the_day_spoken_of_last(text: str, day: str) -> None:
    assert spans(text, MAY)[-1][1:] == (day, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("We forecast 45 mn t, with September volumes of 4.5 mn t.", "2025-09-01", "2025-09-30"),
        ("Traders quoted cargoes with August loading dates.", "2025-08-01", "2025-08-31"),
        ("The ministry published its July figures.", "2025-07-01", "2025-07-31"),
        ("Refiners bought crude with June delivery at a discount.", "2025-06-01", "2025-06-30"),
    ],
)
def test_an_attributive_month_after_with_or_a_determiner(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, SEP)
    assert (s, e) == (start, end)


def test_a_month_name_that_is_a_person_is_no_date() -> None:
    assert spans("He spoke with May about the deal.", SEP) == []


JUN = dt.date(2024, 6, 28)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Iceland is expected to align early next month.", "2024-07-01", "2024-07-10"),
        ("Prices fell late last month.", "2024-05-21", "2024-05-31"),
        ("Talks resume mid-next month.", "2024-07-11", "2024-07-20"),
        ("The plant closed late last year.", "2023-09-01", "2023-12-31"),
        ("The fleet returns early next year.", "2025-01-01", "2025-04-30"),
    ],
)
def test_a_part_of_a_relative_month_or_year(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, JUN)
    assert (s, e) == (start, end)


FEB = dt.date(2025, 2, 6)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Casualties rose in the last quarter of 2024, up a fifth on the previous quarter.",
            "2024-07-01",
            "2024-09-30",
        ),
        (
            "Tanker calls fell in the third quarter of 2024 after a surge in the preceding quarter.",
            "2024-04-01",
            "2024-06-30",
        ),
        (
            "Output rose 3% in the second quarter of 2024, having fallen a quarter earlier.",
            "2024-01-01",
            "2024-03-31",
        ),
        (  # no quarter before it: the calendar quarter before publication's
            "Sales were weak in the previous quarter.",
            "2024-10-01",
            "2024-12-31",
        ),
    ],
)
def test_a_quarter_counted_from_the_last_period(text: str, start: str, end: str) -> None:
    assert spans(text, FEB)[-1][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports are expected to reach 16 mn t in the April-June quarter.",
            "2025-04-01",
            "2025-06-30",
        ),
        ("Sales in the July–September period fell 4%.", "2024-07-01", "2024-09-30"),
        ("Output rose in April-June 2023.", "2023-04-01", "2023-06-30"),
        ("Arrivals in the November-January season doubled.", "2024-11-01", "2025-01-31"),
    ],
)
def test_a_hyphenated_run_of_months(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, FEB)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("January's total of 2,874 drones was a record.", "2025-01"),
        ("The agency revised the December's figures up.", "2024-12"),
        ("Output fell. November's drop was the sharpest in a year.", "2024-11"),
        ("Exports rose, and October's tally hit a record.", "2024-10"),
    ],
)
def test_a_month_possessive_dates_its_noun(text: str, month: str) -> None:
    assert spans(text, FEB)[0][1][:7] == month


def test_a_possessive_after_a_name_is_no_month() -> None:
    assert spans("Theresa May's cabinet met in London.", FEB) == []


THU = dt.date(2024, 10, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("South Korea said it planned to announce similar measures on Monday.", "2024-10-14"),
        (
            "Officials said the new list, to be published on Monday, would name 12 firms.",
            "2024-10-14",
        ),
        ("The treaty, to be signed on Saturday, covers grain exports.", "2024-10-12"),
        ("Tokyo planned to hold a second round of talks on Tuesday.", "2024-10-15"),
        # a plan given up and a participle of the past look back
        ("The ministry had planned to release the data on Tuesday but delayed it.", "2024-10-08"),
        ("The list, published on Monday, names 12 firms.", "2024-10-07"),
    ],
)
def test_a_plan_or_a_to_be_passive_looks_ahead(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, THU)
    assert (start, end) == (day, day)


def test_the_h2_model_is_no_half_year() -> None:
    assert spans("The H2 and Q5 models sold well.", dt.date(2025, 3, 13)) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Revenue rose 8% in fiscal 2024.", "2024-01-01", "2024-12-31"),
        ("The carrier lost money in FY2023.", "2023-01-01", "2023-12-31"),
        ("Profit doubled in FY24, the company said.", "2024-01-01", "2024-12-31"),
        ("2023's record harvest will not be matched.", "2023-01-01", "2023-12-31"),
        ("Output fell in Q3, the ministry said.", "2024-07-01", "2024-09-30"),
        ("Sales rose in Q1.", "2025-01-01", "2025-03-31"),
        ("Shipments will recover in H2, analysts expect.", "2025-07-01", "2025-12-31"),
    ],
)
def test_fiscal_years_short_parts_and_year_possessives(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, dt.date(2025, 3, 13))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Talks are set for March 24 in Geneva.", "2025-03-24"),
        ("The vote is scheduled for Tuesday, officials said.", "2025-03-18"),
        ("The launch is slated for 2 September.", "2025-09-02"),
        ("Elections are set for Sunday.", "2025-03-16"),
    ],
)
def test_set_for_and_slated_for_look_ahead(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, dt.date(2025, 3, 13))
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "KHARKIV, Ukraine, Nov 14 (Steppe Wire) - A drone strike on Thursday cut power.",
        "PORTLAND, Maine, May 2 - The port reopened on Friday after a spill.",
        "SAN JOSE, Costa Rica, Jan. 9 (Isthmus Press) - Congress on Thursday approved it.",
        "GAZA CITY, Gaza Strip, Aug 5 - Aid trucks were halted on Monday.",
    ],
)
def test_a_dateline_with_its_country_is_no_claim(text: str) -> None:
    found = spans(text, dt.date(2025, 6, 28))
    assert [s[0].split()[-1] for s in found] in (["Thursday"], ["Friday"], ["Monday"])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Starting Saturday, flights resume.", "2025-03-15"),
        ("Beginning Monday, ships must report their cargo.", "2025-03-17"),
        ("Troops withdrew by Sunday, officials said.", "2025-03-09"),
        ("Most residents fled by Tuesday night.", "2025-03-11"),
        ("The start of March was cold.", "2025-03-01"),
        ("The end of last year brought heavy snow.", "2024-12-31"),
    ],
)
def test_start_words_look_ahead_and_irregular_pasts_look_back(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, dt.date(2025, 3, 13))
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Exports rose in the January-to-March period.", "2025-01-01", "2025-03-31"),
        ("Stocks fell January through March.", "2025-01-01", "2025-03-31"),
        ("Reserves stood at $600 bn as of end-February.", "2025-02-28", "2025-02-28"),
        ("Debt reached 90% of GDP at end-2024.", "2024-12-31", "2024-12-31"),
        ("The new target is end-June 2026.", "2026-06-30", "2026-06-30"),
        ("Work on the pipeline resumes at start-2026.", "2026-01-01", "2026-01-01"),
    ],
)
def test_analysts_month_runs_and_period_edges(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, dt.date(2025, 3, 13))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("Shortages hit last winter.", "2025-02-10", "2023-12-01", "2024-02-29"),
        ("This winter has been mild so far.", "2025-02-10", "2024-12-01", "2025-02-28"),
        (
            "Next winter will be harder, the grid operator warned.",
            "2025-01-20",
            "2025-12-01",
            "2026-02-28",
        ),
        ("This winter has been mild so far.", "2025-12-10", "2025-12-01", "2026-02-28"),
        ("The grid failed repeatedly in winter 2022/23.", "2024-11-14", "2022-12-01", "2023-02-28"),
        ("Attacks rose in the winter of 2022-23.", "2024-11-14", "2022-12-01", "2023-02-28"),
        (
            "The winter 2023–2024 was the mildest on record.",
            "2024-11-14",
            "2023-12-01",
            "2024-02-29",
        ),
        (
            "Harvests failed in the summer of 2021-22 in the south.",
            "2024-11-14",
            "2021-06-01",
            "2021-08-31",
        ),
    ],
)
def test_winters_across_the_new_year(text: str, published: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, dt.date.fromisoformat(published))
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Zelensky travels to Washington on Friday.", "2025-03-14"),
        ("The summit opens Saturday in Riga.", "2025-03-15"),
        ("Parliament votes on the bill on Tuesday.", "2025-03-18"),
        ("The Prime Minister flies to Kyiv on Monday.", "2025-03-17"),
        # the past form looks back
        ("The border crossing closed on Sunday.", "2025-03-09"),
        ("Lawmakers voted on Tuesday.", "2025-03-11"),
    ],
)
def test_a_schedule_verb_in_the_present_looks_ahead_past_names(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, dt.date(2025, 3, 13))
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports fell to 2 mn t in October from 2.4 mn t in September, down 10% from a"
            " year earlier.",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "Imports reached EUR 3 bn in September, against EUR 2.5 bn in August and EUR 2 bn a"
            " year earlier.",
            "2024-09-01",
            "2024-09-30",
        ),
        (
            "Sales rose from 12 stores in 2023 to 30 in 2024. A year earlier there were none.",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "Freight rates climbed to $4,000 in July, up from $2,900 in June, and doubled on a"
            " year earlier.",
            "2024-07-01",
            "2024-07-31",
        ),
    ],
)
def test_a_level_measured_against_is_no_anchor(text: str, start: str, end: str) -> None:
    assert spans(text, dt.date(2025, 11, 6))[-1][1:] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Exports for the 2024/25 marketing year totalled 40.7 mn t, a fall of nearly a tenth"
            " on the previous season.",
            "2023-07-01",
            "2024-06-30",
        ),
        ("The 2023/24 harvest beat the preceding season by 8%.", "2022-07-01", "2023-06-30"),
        (
            "Planting for 2022/23 was late; the following season it recovered.",
            "2023-07-01",
            "2024-06-30",
        ),
        (
            "Sugar output in the 2021/22 season fell, after a record in the prior season.",
            "2020-07-01",
            "2021-06-30",
        ),
    ],
)
def test_a_season_counted_from_the_split_year_before(text: str, start: str, end: str) -> None:
    assert spans(text, dt.date(2025, 9, 2))[-1][1:] == (start, end)
