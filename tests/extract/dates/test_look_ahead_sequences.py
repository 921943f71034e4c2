"""Look-ahead read from the verbs and the order of a sentence: a verb after 'to' or a modal is a
base form, not a past ('is forecast to hit ... on Thursday'); a participle used as an adjective in
a sentence told in the past sets nothing ahead ('cancelled 40 scheduled flights in April'); and a
sequence told ahead carries its look-ahead to the yearless dates that follow it."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_10_JUN_2025, WED_12_MAR_2025, spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Temperatures are forecast to hit 41C on Friday across the south.", "2025-03-14"),
        ("The lender is set to cut its rate on Thursday, analysts say.", "2025-03-13"),
        ("Gusts are likely to hit the coast on Saturday, forecasters warn.", "2025-03-15"),
        ("Ministers are due to set the new ceiling on Monday.", "2025-03-17"),
        ("The regulator will put the licence out to tender on Friday.", "2025-03-14"),
    ],
)
def test_a_verb_after_to_or_a_modal_looks_ahead(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, WED_12_MAR_2025)
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Carriers cancelled 31 of 390 scheduled crossings in February.", "2025-02-01"),
        ("Airlines scrapped 1,200 scheduled flights in January, the regulator said.", "2025-01-01"),
        ("Rail operators dropped a third of the planned services in February.", "2025-02-01"),
        ("Only 12 of the expected 40 tankers arrived in January.", "2025-01-01"),
    ],
)
def test_an_adjective_participle_in_a_past_sentence_sets_nothing_ahead(
    text: str, start: str
) -> None:
    [(_, got, _)] = spans(text, WED_12_MAR_2025)
    assert got == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We expect the bank to hold at its meeting on 19 June, then cut in August and"
            " again in November.",
            ["2025-06-19", "2025-08-01", "2025-11-01"],
        ),
        (
            "The union plans to strike on 3 July and again in October.",
            ["2025-07-03", "2025-10-01"],
        ),
        (
            "Officials will review the quota in September, before a final vote in January.",
            ["2025-09-01", "2026-01-01"],
        ),
        (
            "The operator is expected to restart the first unit on 2 July and the second"
            " later in December.",
            ["2025-07-02", "2025-12-01"],
        ),
    ],
)
def test_a_sequence_told_ahead_carries_its_look_ahead(text: str, expected: list[str]) -> None:
    assert [start for _, start, _ in spans(text, TUE_10_JUN_2025)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # no joining word, or a past sequence: each date read on its own
        (
            "The court will rule on 9 July on the ban imposed in January.",
            ["2025-07-09", "2025-01-01"],
        ),
        (
            "The bank held rates on 8 May and then cut them in February.",
            ["2025-05-08", "2025-02-01"],
        ),
        (  # a past clause between: the second date tells what already happened
            "Talks will resume on 2 July, and a truce agreed on Monday is holding.",
            ["2025-07-02", "2025-06-09"],
        ),
        (
            "Envoys are due to meet next week, and the ceasefire announced in January has held.",
            ["2025-06-16", "2025-01-01"],
        ),
    ],
)
def test_a_date_outside_the_sequence_keeps_its_own_reading(text: str, expected: list[str]) -> None:
    assert [start for _, start, _ in spans(text, TUE_10_JUN_2025)] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [  # a schedule verb's bare form after 'a', 'an', 'its' ... is a noun: no arrangement ahead
        ("In a video address on Monday evening, the president thanked the rescuers.", "2025-06-09"),
        ("In a televised address on Sunday, the prime minister urged calm.", "2025-06-08"),
        ("After a snap vote on Monday, the party chose a new leader.", "2025-06-09"),
        ("Its final debate on Friday drew record viewers.", "2025-06-06"),
    ],
)
def test_a_noun_after_a_singular_determiner_sets_nothing_ahead(text: str, day: str) -> None:
    assert next((s, e) for _, s, e in spans(text, TUE_10_JUN_2025)) == (day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [  # the verb with its subject still looks ahead
        ("Talks resume on Monday, diplomats say.", "2025-06-16"),
        ("A court rules on Friday on the appeal.", "2025-06-13"),
        ("Its board meets on Thursday.", "2025-06-12"),
        ("Ministers meet on Monday to agree the budget.", "2025-06-16"),
    ],
)
def test_a_schedule_verb_with_its_subject_still_looks_ahead(text: str, day: str) -> None:
    assert next((s, e) for _, s, e in spans(text, TUE_10_JUN_2025)) == (day, day)
