"""A duration's item is the event or thing that lasts, never its time unit (annotation/guidelines.md:
the unit goes in `unit`; an age counts the thing that is that old; with nothing named the item is
'period'). Each family: what the stretch is read on (claims.extract.quantities.durations)."""

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
        ("Most of the ferries on the route are more than 30 years old.", "30 years", "ferries"),
        ("Buses older than 12 years will be taken off the road.", "12 years", "buses"),
        ("The navy still flies helicopters that are over 40 years old.", "40 years", "helicopters"),
        ("The port runs 14 cranes, several of them almost 50 years old.", "50 years", "cranes"),
        ("Wagons younger than five years were exempt from the checks.", "five years", "wagons"),
    ],
)
def test_an_age_counts_the_thing_that_old(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The licence must be renewed every five years.", "five years", "renewal"),
        ("Inspectors check the dam every six months.", "six months", "interval"),
        ("Buses leave the depot every 15 minutes at peak times.", "15 minutes", "interval"),
        ("The panel will review the quota every two years.", "two years", "interval"),
        ("The mandate has been extended every 12 months since 2019.", "12 months", "extension"),
    ],
)
def test_a_recurrence_counts_the_renewal_or_the_interval(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert _item(claims_of, text, anchor) == item


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
        ("Officials marked ten years since the disaster on Sunday.", "ten years", "disaster"),
        ("Two years into the drought, the reservoirs are half empty.", "Two years", "drought"),
        ("Residents returned six months after the flood.", "six months", "flood"),
        (
            "The sirens sounded about five minutes after the first drone was seen.",
            "five minutes",
            "interval",
        ),
        (
            "The ministry replied two weeks after the auditors filed their report.",
            "two weeks",
            "interval",
        ),
        ("Police arrived 40 minutes after the alarm went off.", "40 minutes", "interval"),
    ],
)
def test_a_stretch_from_an_event_counts_the_event_or_the_interval(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Wheat prices were the highest in six years last month.", "six years", "prices"),
        ("Home sales were the weakest in five years, the agency said.", "five years", "sales"),
        ("Car thefts in the city were the highest in eight years.", "eight years", "thefts"),
        ("It was the minister's first visit to the island in 12 years.", "12 years", "interval"),
        ("The bank made its first rate cut in four years on Thursday.", "four years", "interval"),
        ("The club won its first title in 25 years.", "25 years", "interval"),
    ],
)
def test_a_record_or_a_first_over_a_stretch(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The curbs, imposed for ten years, also cover two banks.", "ten years", "curbs"),
        ("The licences, granted for five years, can be renewed.", "five years", "licences"),
        ("The restrictions will run for ten years.", "ten years", "restrictions"),
        ("The export ban was imposed for six months in May.", "six months", "ban"),
        ("The truce, which held for nine days, collapsed on Sunday.", "nine days", "truce"),
        ("Kyiv lifted a veto it had kept for almost a month.", "a month", "veto"),
        ("The repairs took about three weeks.", "three weeks", "repairs"),
        ("The crossing takes 40 minutes in good weather.", "40 minutes", "crossing"),
        ("The inquiry could take up to two years.", "two years", "inquiry"),
    ],
)
def test_what_a_verb_holds_for_a_stretch_is_what_lasts(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _item(claims_of, text, anchor).split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Police made 270 arrests in the past 48 hours.", "48 hours"),
        ("It was the fourth such attack on the port in six days.", "six days"),
        ("Police found the boat within 24 hours.", "24 hours"),
        ("Prices rose for six months in a row.", "six months"),
        ("Officials checked 120 ships for two months.", "two months"),
        ("The gang moved $3 million through shell firms over 18 months.", "18 months"),
        ("Officials counted over 9,000 deaths confirmed over the past 12 months.", "12 months"),
        ("At least 300 arrests were made over two days.", "two days"),
    ],
)
def test_with_nothing_named_that_lasts_the_item_is_the_period(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert _item(claims_of, text, anchor) == "period"


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The ban ends after a 12-month phase-out period.", "12-month", "period"),
        ("Leaders met for a three-day summit in Brussels.", "three-day", "summit"),
    ],
)
def test_a_hyphenated_stretch_counts_the_noun_it_modifies(
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
    ("text", "anchor", "head"),
    [
        (
            "The blaze at the warehouse was brought under control after about seven hours.",
            "seven hours",
            "blaze",
        ),
        ("Talks between the two unions collapsed after three days.", "three days", "talks"),
        ("The strike ended after 11 days.", "11 days", "strike"),
        ("The hearing was adjourned after two hours.", "two hours", "hearing"),
    ],
)
def test_what_ends_or_runs_on_after_or_over_a_stretch_is_what_lasts(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    """'the strike ended after 11 days': the stretch counts the strike, as 'for' does."""
    assert _item(claims_of, text, anchor).split()[-1] == head
