"""A duration's item is what lasts where its own phrase or clause names it (annotation/guidelines.md,
round 41: an 'of' phrase, a term in prison, a noun it is written before, a lasting or taking
subject, time added to a thing, a stated measure such as 'the median wait was 40 days'), as
CLAIMS.md-only writers read it, else its time unit as written; an age is age. Each family: what the stretch is read on (claims.extract.quantities.durations)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


def _item(claims_of: Rows, text: str, anchor: str) -> str:
    row = found(claims_of, text, anchor)
    assert row["quantity_unit"] is not None and row["quantity_unit"] in (
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
    ), row
    return str(row["quantity_item"])


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Most of the ferries on the route are more than 30 years old.", "30 years", "age"),
        ("Buses older than 12 years will be taken off the road.", "12 years", "age"),
        ("The navy still flies helicopters that are over 40 years old.", "40 years", "age"),
        ("The port runs 14 cranes, several of them almost 50 years old.", "50 years", "age"),
        ("Wagons younger than five years were exempt from the checks.", "five years", "age"),
        ("Trawlers older than 30 years must be scrapped.", "30 years", "age"),
        ("Half of the city's trams are more than 40 years old.", "40 years", "age"),
        ("The bridges, many of them over 80 years old, need repair.", "80 years", "age"),
        ("The fleet's average age is 19 years.", "19 years", "average age"),
        ("The average age of the bus fleet was 14 years in 2023.", "14 years", "average age"),
        ("The median age of the country's power plants is 33 years.", "33 years", "median age"),
    ],
)
def test_an_age_counts_age_not_the_thing_that_old(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    """Blind writers of CLAIMS.md write age ('average age' when the text says so), not the
    tankers or the fleet that old."""
    assert _item(claims_of, text, anchor) == head


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The licence must be renewed every five years.", "five years", "years"),
        ("Buses leave the depot every 15 minutes at peak times.", "15 minutes", "minutes"),
        ("Officials marked ten years since the disaster on Sunday.", "ten years", "years"),
        ("Two years into the drought, the reservoirs are half empty.", "Two years", "years"),
        ("Police arrived 40 minutes after the alarm went off.", "40 minutes", "minutes"),
        ("The strike ended after 11 days.", "11 days", "days"),
        ("The hearing was adjourned after two hours.", "two hours", "hours"),
        ("Wheat prices were the highest in six years last month.", "six years", "years"),
        ("The club won its first title in 25 years.", "25 years", "years"),
        ("Police made 270 arrests in the past 48 hours.", "48 hours", "hours"),
        ("Police found the boat within 24 hours.", "24 hours", "hours"),
        ("The regulator must be told within 48 hours of the breach.", "48 hours", "hours"),
        ("Prices rose for six months in a row.", "six months", "months"),
        ("The export ban was imposed for six months in May.", "six months", "months"),
        ("The restrictions will run for ten years.", "ten years", "years"),
        ("Kyiv lifted a veto it had kept for almost a month.", "a month", "month"),
        ("The gang moved $3 million through shell firms over 18 months.", "18 months", "months"),
        ("At least 300 arrests were made over two days.", "two days", "days"),
        ("The bridge finally opened in May, two years late.", "two years", "years"),
    ],
)
def test_an_adverbial_stretch_counts_its_time_unit_as_written(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'for', 'within', 'over', 'in', 'after', 'every', 'since': what the clause names around
    the stretch is no part of the quantity's own phrase; the unit keeps its written number."""
    assert _item(claims_of, text, anchor) == item


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The two sides held 20 hours of talks before a deal.", "20 hours", "talks"),
        ("The city observed three days of mourning for the victims.", "three days", "mourning"),
        ("Refiners now hold about nine days of stocks.", "nine days", "stocks"),
        ("The region suffered two weeks of blackouts.", "two weeks", "blackouts"),
    ],
)
def test_an_of_phrase_after_the_stretch_names_what_lasts(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The smuggler was sentenced to six years in prison.", "six years", "term"),
        ("The courier faces up to eight years in jail.", "eight years", "term"),
        ("The patient spent four days in hospital after the crash.", "four days", "days"),
        ("Travellers must spend ten days in quarantine on arrival.", "ten days", "days"),
    ],
)
def test_an_in_phrase_after_the_stretch_names_a_prison_term_only(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The crossing takes 40 minutes in good weather.", "40 minutes"),
        ("Prices rose for six months in a row.", "six months"),
        ("The ministers met for three days in Rome.", "three days"),
    ],
)
def test_an_in_phrase_that_says_when_or_where_names_nothing(
    claims_of: Rows, text: str, anchor: str
) -> None:
    """'in good weather', 'in a row', 'in Rome': no bare common noun after 'in'."""
    assert _item(claims_of, text, anchor) in ("minutes", "months", "days", "crossing")


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Rebels agreed a 30-day truce with the army.", "30-day", "truce"),
        ("Dock workers staged a 17-hour stoppage on Monday.", "17-hour", "stoppage"),
        ("The ban ends after a 12-month phase-out period.", "12-month", "period"),
        ("Leaders met for a three-day summit in Brussels.", "three-day", "summit"),
    ],
)
def test_a_hyphenated_stretch_counts_the_noun_after_it(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Residents faced power cuts of up to eight hours a day.", "eight hours", "cuts"),
        ("The union called a stoppage of 48 hours at the port.", "48 hours", "stoppage"),
        (
            "Drivers reported delays of more than three hours at the border.",
            "three hours",
            "delays",
        ),
        ("Parliament approved a grace period of six months for importers.", "six months", "period"),
    ],
)
def test_a_noun_the_stretch_is_the_of_phrase_of_is_what_lasts(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The average wait was 40 days last year.", "40 days", "wait"),
        ("The blackout lasted nine hours.", "nine hours", "blackout"),
        ("The repairs took about three weeks.", "three weeks", "repairs"),
        ("The inquiry could take up to two years.", "two years", "inquiry"),
        ("Life expectancy at birth has risen by around three years.", "three years", "expectancy"),
    ],
)
def test_a_length_stated_of_an_event_counts_the_event(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Average flood duration in the valley fell from 8 days to 3 days.", "3 days", "duration"),
        ("The average duration of a power cut was 14 hours last year.", "14 hours", "duration"),
        ("Average strike duration has risen to 11 days, the ministry said.", "11 days", "duration"),
        ("The typical duration of a hospital stay fell to five days.", "five days", "duration"),
    ],
)
def test_a_duration_noun_is_a_stated_measure_of_length(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    """A duration is a length kept as a measure, like a wait or a delay (guidelines: the
    item names a thing when the length is a stated measure of it)."""
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The detour added three hours to every journey.", "three hours", "journey"),
        ("Customs checks will add two days to each shipment.", "two days", "shipment"),
        ("Rerouting adds ten days to each voyage.", "ten days", "voyage"),
        (
            "The new rules have added six weeks to the average application.",
            "six weeks",
            "application",
        ),
    ],
)
def test_time_added_to_a_thing_counts_the_thing(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The ministry cut the notice period for layoffs to 30 days.", "30 days", "notice period"),
        ("The port trimmed its opening hours to ten hours a day.", "ten hours", "opening hours"),
        ("Serbia cut working hours in offices to six hours a day.", "six hours", "hours"),
    ],
)
def test_a_stretch_a_change_verb_brings_its_object_to_counts_the_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert _item(claims_of, text, anchor) == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The agency barred nine traders from entering the market for three years.",
            "three years",
            "ban",
        ),
        ("Two pilots were barred from flying for six months.", "six months", "ban"),
        (
            "The regulator suspended 30 accounts linked to the group for ten days last month.",
            "ten days",
            "suspension",
        ),
        (
            "The minister renewed the listings of two men first named in 2021 for a further two years.",
            "two years",
            "renewal",
        ),
        ("Its chief engineer was also debarred for 18 months.", "18 months", "debarment"),
        ("The court froze 14 flats bought with the funds for 90 days.", "90 days", "freeze"),
    ],
)
def test_a_stretch_the_parse_hangs_below_the_acting_verb_is_its_act(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A 'for' phrase on a participle of the verb's own clause ('from flying', 'accounts linked
    to'), or on a passive read as an adjective is still the act."""
    assert _item(claims_of, text, anchor) == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The bank debarred the firm that had worked on the road for ten years.", "ten years"),
        ("The board debarred two firms operating in the region for ten years.", "ten years"),
        ("The mill remained idle for ten days.", "ten days"),
        ("Prices stayed high for six months.", "six months"),
    ],
)
def test_a_stretch_of_another_clause_or_a_state_keeps_its_unit(
    claims_of: Rows, text: str, anchor: str
) -> None:
    """A relative clause, an ongoing participle ('operating') or a state is no act of the verb."""
    assert _item(claims_of, text, anchor) in ("years", "days", "months")


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The board barred the broker from acting as an adviser for a period of four years.",
            "four years",
            "period",
        ),
        ("The licence was granted for a period of ten years.", "ten years", "period"),
        ("The firm was fined and debarred for a period of 30 months.", "30 months", "period"),
        ("Sales grew over a period of five years.", "five years", "years"),
    ],
)
def test_for_a_period_of_a_stretch_counts_the_period(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'for a period of N years' names the period that lasts, like 'a grace period of six
    months'; a stretch 'over' a period says when and keeps the unit."""
    assert _item(claims_of, text, anchor) == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "The allies agreed to keep a joint patrol running for another three years.",
            "three years",
        ),
        ("Crews kept the pumps running for nine hours.", "nine hours"),
    ],
)
def test_a_thing_kept_running_for_a_stretch_is_a_state(
    claims_of: Rows, text: str, anchor: str
) -> None:
    """'kept X running for': a participle after its noun states a state, not the noun's length."""
    assert _item(claims_of, text, anchor) in ("years", "hours")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The permits, issued for ten years, were later revoked.", "ten years"),
        ("Those contracts, signed for three years, will be renewed next spring.", "three years"),
        ("A licence, granted for two years, was extended last month.", "two years"),
    ],
)
def test_a_stretch_on_a_subject_participle_is_not_the_main_verbs_act(
    claims_of: Rows, text: str, anchor: str
) -> None:
    """A participle set off on the subject holds its own stretch: the main verb after it
    ('were revoked', 'will be renewed') is no act the stretch lasts for."""
    assert _item(claims_of, text, anchor) == "years"
