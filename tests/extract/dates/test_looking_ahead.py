"""Whether a date looks ahead or back: the tense, modal, plan, schedule and deadline cues that
make a weekday or month the next one, and the past verbs that take such a cue back. Publication
days are given per case."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates, sentence_before
from tests.extract.dates.helpers import (
    SUN_28_SEP_2025,
    THU_06_NOV_2025,
    THU_10_OCT_2024,
    THU_12_DEC_2024,
    THU_13_MAR_2025,
    THU_14_AUG_2025,
    THU_26_JUN_2025,
    TUE_02_APR_2024,
    WED_12_JUN_2024,
    WED_12_MAR_2025,
    WED_16_AUG_2023,
    resolved,
    spans,
    surface_spans,
)


def test_looking_ahead() -> None:
    assert resolved("The new tariff applies from Aug. 20.", TUE_02_APR_2024)[0][1] == "2024-08-20"
    assert (
        resolved("The freeze was extended until Sept. 15.", TUE_02_APR_2024)[0][1] == "2024-09-15"
    )
    assert resolved("Diplomats expect a vote in October.", TUE_02_APR_2024)[0][1] == "2024-10-01"
    assert (
        resolved("Japan will ban the parts from Jan. 19.", dt.date(2023, 11, 20))[0][1]
        == "2024-01-19"
    )
    assert resolved("The rule applies from Jan. 19.", dt.date(2024, 1, 12))[0][1] == "2024-01-19"


def test_taking_effect_looks_ahead() -> None:
    text = "The measures, which take effect on July 1, ban exports."
    assert resolved(text, dt.date(2025, 6, 10))[0][1] == "2025-07-01"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ministers will meet on Tuesday to discuss the plan.", "2025-03-18"),
        ("The envoy is to travel to Moscow on Friday.", "2025-03-14"),
        ("The sanctions take effect on Monday, the ministry said.", "2025-03-17"),
        ("The rules enter into force on Sunday.", "2025-03-16"),
        ("Heating should be restored by Tuesday.", "2025-03-18"),
        ("The council is expected to vote on Wednesday.", "2025-03-19"),
        # looking back, whatever else the sentence says
        ("Officials will decide later, the ministry said on Tuesday.", "2025-03-11"),
        ("The talks, which will resume in May, ended on Monday.", "2025-03-10"),
        ("The ministry said Thursday it would respond.", "2025-03-13"),
        ("The ship sank on Saturday.", "2025-03-08"),
    ],
)
def test_weekdays_resolve_forward_only_when_the_text_looks_ahead(text: str, day: str) -> None:
    [(_, start, end)] = [
        s for s in spans(text, THU_13_MAR_2025) if s[0].split()[-1].endswith("day")
    ]
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will ban the parts from Jan. 19.",
        "The U.S. will lift the ban on Jan. 19.",
        "Mr. Lee said the embargo will start on Jan. 19.",
        "Exports, the Dept. said, will resume on Jan. 19.",
    ],
)
def test_an_abbreviation_period_does_not_hide_a_future_cue(text: str) -> None:
    assert spans(text, dt.date(2024, 11, 20))[-1][1] == "2025-01-19"


def test_sentence_before_skips_abbreviations_but_not_full_stops() -> None:
    assert sentence_before("It rained. The U.S. will act on", 31) == " The U.S. will act on"
    assert sentence_before("Talks end Jan. 5. Then", 22) == " Then"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The bank said it could raise rates again in December.", "2024-12-01"),
        ("Ministers prepared to meet in Canada on Wednesday.", "2024-10-02"),
        ("Diplomats are preparing to vote on Friday.", "2024-10-04"),
        ("Prices might fall in January.", "2025-01-01"),
    ],
)
def test_modal_and_preparation_cues_look_ahead(text: str, start: str) -> None:
    assert spans(text, dt.date(2024, 9, 30))[-1][1] == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("We expect exports to rise in the fourth quarter.", "2025-10-01", "2025-12-31"),
        ("Analysts forecast a rebound in the fourth quarter.", "2025-10-01", "2025-12-31"),
        ("The bank predicts slower growth in the third quarter.", "2025-07-01", "2025-09-30"),
        ("Traders anticipate tighter supply in the third quarter.", "2025-07-01", "2025-09-30"),
        ("Output fell in the fourth quarter.", "2024-10-01", "2024-12-31"),
    ],
)
def test_expectation_looks_ahead(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_14_AUG_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A meeting is planned for mid-April.", "2025-04-11", "2025-04-20"),
        ("Elections are planned for early May.", "2025-05-01", "2025-05-10"),
        ("The hearing is planned for 2 April.", "2025-04-02", "2025-04-02"),
        ("The vote is planned for Tuesday.", "2025-03-18", "2025-03-18"),
    ],
)
def test_planned_for_looks_ahead(text: str, start: str, end: str) -> None:
    [(_, got_start, got_end)] = surface_spans(text, THU_13_MAR_2025)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "From June to August the court is expected to hear the appeal.",
            dt.date(2025, 5, 30),
            "2025-06-01",
            "2025-08-31",
        ),
        (
            "On Monday the cabinet will vote on the bill.",
            THU_13_MAR_2025,
            "2025-03-17",
            "2025-03-17",
        ),
        (
            "In the autumn, parliament is set to debate the law.",
            THU_13_MAR_2025,
            "2025-09-01",
            "2025-11-30",
        ),
        (
            "On 2 October the envoy will travel to Ankara.",
            THU_13_MAR_2025,
            "2025-10-02",
            "2025-10-02",
        ),
        # a past verb before the cue keeps the date in the past
        (
            "On Monday the minister said he will resign.",
            THU_13_MAR_2025,
            "2025-03-10",
            "2025-03-10",
        ),
        (
            "On Monday, officials agreed that talks will continue.",
            THU_13_MAR_2025,
            "2025-03-10",
            "2025-03-10",
        ),
    ],
)
def test_a_cue_after_an_opening_date_looks_ahead(
    text: str, published: dt.date, start: str, end: str
) -> None:
    [(_, got_start, got_end)] = surface_spans(text, published)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The ministers are meeting in Brussels on Tuesday.", "2024-06-18"),
        ("The treaty is being signed on 3 July.", "2024-07-03"),
        ("The envoy is not travelling to Kyiv on Friday.", "2024-06-14"),
        ("Leaders are gathering for the summit in October.", "2024-10-01"),
        # not an arrangement ahead
        ("Rescuers are searching the rubble after Monday's strike.", "2024-06-10"),
        ("The army is holding the line since Sunday.", "2024-06-09"),
    ],
)
def test_present_progressive_is_an_arrangement_ahead(text: str, start: str) -> None:
    assert surface_spans(text, WED_12_JUN_2024)[0][1] == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("By the summer, the fleet had grown.", "2024-06-01"),
        ("Over the winter the front barely moved.", "2024-12-01"),
        ("In the autumn, exports recovered.", "2024-09-01"),
        ("The plant will reopen in the summer.", "2025-06-01"),
    ],
)
def test_a_bare_season_looks_back_unless_the_text_looks_ahead(text: str, start: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025)[0][1] == start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ministers meet on Monday to agree the package.", "2025-03-17"),
        ("The court rules Tuesday on the appeal.", "2025-03-18"),
        ("Talks resume on Monday after a pause.", "2025-03-17"),
        ("Voters go to the polls on Sunday.", "2025-03-16"),
        ("Coastal-state talks continue in Oslo on Monday.", "2025-03-17"),
        ("The inquiry reconvenes on Tuesday to hear the pilots.", "2025-03-18"),
        ("Budget hearings conclude in the capital on Friday.", "2025-03-14"),
        ("The two delegations continue their talks on Saturday.", "2025-03-15"),
        # the past form, or a present verb of another kind, keeps the day behind
        ("Ministers met on Monday to agree the package.", "2025-03-10"),
        ("The leaders, who met on Monday, agreed a plan.", "2025-03-10"),
        ("The ministry says the strike on Monday killed four.", "2025-03-10"),
        ("Talks continued in Oslo on Monday.", "2025-03-10"),
        ("Exports continue to slide on Monday as buyers wait.", "2025-03-10"),
        ("Prices continue rising on Tuesday, traders say.", "2025-03-11"),
    ],
)
def test_present_schedule_verbs_look_ahead(text: str, day: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025)[0][1:] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "The visit on Monday was cut short.",
        "Their return on Monday surprised officials.",
        "The launch on Monday failed.",
        "The head of state on Monday signed the law.",
    ],
)
def test_a_schedule_noun_keeps_the_day_behind(text: str) -> None:
    assert surface_spans(text, THU_13_MAR_2025)[0][1:] == ("2025-03-10", "2025-03-10")


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
    [(_, start, end)] = surface_spans(text, WED_12_MAR_2025)
    assert (start, end) == (day, day)


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
    found = [s for s in surface_spans(text, WED_12_MAR_2025) if s[0].split()[-1].endswith("day")]
    assert [(s[1], s[2]) for s in found] == [(day, day)]


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
    [(_, s, e)] = surface_spans(text, THU_06_NOV_2025)
    assert (s, e) == (start, end)


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
    [(_, start, end)] = surface_spans(text, THU_10_OCT_2024)
    assert (start, end) == (day, day)


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
    [(_, start, end)] = surface_spans(text, dt.date(2025, 3, 13))
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Starting Saturday, flights resume.", "2025-03-15"),
        ("Beginning Monday, ships must report their cargo.", "2025-03-17"),
        ("Troops withdrew by Sunday, officials said.", "2025-03-09"),
        ("Most residents fled by Tuesday night.", "2025-03-11"),
        ("The start of March was cold.", "2025-03-01"),
        ("The end of last year brought heavy snow.", "2024-09-01"),
    ],
)
def test_start_words_look_ahead_and_irregular_pasts_look_back(text: str, day: str) -> None:
    [(_, start, _)] = surface_spans(text, dt.date(2025, 3, 13))
    assert start == day


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
    [(_, start, end)] = surface_spans(text, dt.date(2025, 3, 13))
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wheat, December delivery: $240/t", "2025-12"),
        ("Barley, June delivery: $210/t", "2025-06"),
        ("Rapeseed, May deliveries: EUR 460/t", "2025-05"),
        ("Soybeans for later months are firmer, with January delivery up 1%.", "2026-01"),
    ],
)
def test_a_month_a_contract_delivers_in_looks_ahead(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED_12_MAR_2025)
    assert start.startswith(expected)


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
    [(_, start, end)] = spans(text, SUN_28_SEP_2025)
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
    [(_, start, end)] = spans(text, SUN_28_SEP_2025)
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
    [(_, start, _end)] = spans(text, SUN_28_SEP_2025)
    assert start > str(SUN_28_SEP_2025)


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
    [(_, start, end)] = spans(text, THU_12_DEC_2024)
    assert start == end == expected


def test_take_in_the_past_stays_in_the_past() -> None:
    [(_, start, _end)] = spans("The new cabinet took office on 20 January.", THU_12_DEC_2024)
    assert start == "2024-01-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators raised the price for the new season starting in October.", "2023-10-01"),
        ("Growers set quotas for the harvest beginning in September.", "2023-09-01"),
        ("The board approved a plan for the term commencing on 1 October.", "2023-10-01"),
    ],
)
def test_a_period_starting_in_a_month_ahead_looks_ahead(text: str, expected: str) -> None:
    [(_, start, _end)] = spans(text, WED_16_AUG_2023)
    assert start == expected


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
    [(_, start, _end)] = spans(text, WED_12_MAR_2025)
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
    assert expected in [start for _, start, _end in spans(text, WED_12_MAR_2025)]


@pytest.mark.parametrize(
    "text",
    ["Deadline: Friday", "The deadline is Friday.", "The deadline for bids is 20 March."],
)
def test_a_deadline_looks_ahead(text: str) -> None:
    [(_, start, _end)] = spans(text, WED_12_MAR_2025)
    assert start > str(WED_12_MAR_2025)


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
    assert expected in [start for _, start, _end in spans(text, WED_12_MAR_2025)]


@pytest.mark.parametrize(
    "text", ["Beginning in October, prices fell sharply.", "Prices, starting in October, fell."]
)
def test_a_participle_of_starting_that_opens_a_phrase_does_not_look_ahead(text: str) -> None:
    [(_, start, _end)] = spans(text, dt.date(2025, 6, 10))
    assert start == "2024-10-01"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The former minister faces trial on 3 September.", "2025-09-03"),
        ("Both men face sentencing on Aug. 14, prosecutors said.", "2025-08-14"),
        ("The ex-mayor now faces a retrial on 8 August.", "2025-08-08"),
        ("The company faced a hearing on July 9.", "2024-07-09"),  # told in the past
    ],
)
def test_facing_a_hearing_on_a_date_looks_ahead(text: str, day: str) -> None:
    [(_, start)] = [(m.start, str(r.start)) for m, r in iter_dates(text, THU_26_JUN_2025)]
    assert start == day


def test_a_past_participle_between_the_verb_and_the_date_dates_something_else() -> None:
    text = "He faces charges filed on July 9."
    assert [str(r.start) for _, r in iter_dates(text, THU_26_JUN_2025)] == ["2024-07-09"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The envoy was recalled in May but returns to Kyiv on July 2.", "2025-07-02"),
        ("The firm was fined last year and faces a second hearing on 14 July.", "2025-07-14"),
        ("The pilot was detained in April and faces trial on 3 September.", "2025-09-03"),
        (
            "Parliament approved the bill in March, and the president signs it on July 1.",
            "2025-07-01",
        ),
    ],
)
def test_a_past_verb_in_an_earlier_joined_clause_does_not_undo_a_schedule(
    text: str, day: str
) -> None:
    assert str(list(iter_dates(text, THU_26_JUN_2025))[-1][1].start) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 'cut', 'set', 'put' after 'and' under a modal are its base forms: a term set ahead
        (
            "The rail firm said it would add 300 wagons by December, lifting its fleet to 9,000,"
            " and cut freight fees by 10% until March 31.",
            "2026-03-31",
        ),
        ("The ministry will hire 200 guards and set a curfew until May 1.", "2026-05-01"),
        (
            "Operators could shut the line and put buses on the route until January 15.",
            "2026-01-15",
        ),
        ("The port may close one berth or cut its hours until Feb. 2.", "2026-02-02"),
        # told in the past, the same forms say how long the act lasted
        ("The port cut fees by 10% until March 31.", "2025-03-31"),
        (
            "The council said it would review the ban, which it cut to two months and which ran"
            " until March 31.",
            "2025-03-31",
        ),
    ],
)
def test_a_base_form_joined_under_a_modal_sets_a_term_ahead(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, dt.date(2025, 9, 25))[-1:]
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a time clause under 'would' tells its condition in the shifted past: still ahead
        (
            'The agency said Canberra would "weigh similar steps" once its own regime took'
            " effect in July.",
            "2026-07-01",
        ),
        (
            "The ministry said it would lift the ban once the new law took effect in July.",
            "2026-07-01",
        ),
        (
            "Officials said the bank would cut rates as soon as inflation fell below 3% in June.",
            "2026-06-01",
        ),
        (
            "The union would call off the strike once the board approved the deal in August.",
            "2026-08-01",
        ),
        # no look-ahead cue: the clause is told in the past
        ("The mine reopened once the floods receded in July.", "2025-07-01"),
    ],
)
def test_a_time_clause_under_a_modal_looks_ahead(text: str, start: str) -> None:
    [(_, got, _)] = spans(text, dt.date(2026, 4, 9))
    assert got == start
