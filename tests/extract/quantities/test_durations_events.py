"""A duration the clause's verb holds for (annotation/guidelines.md, round 41): the act of a verb
whose 'for' or 'by' phrase the stretch is, when the data names it (an extension, a renewal, a ban, a
closure, a suspension), and what a verb of imposing or granting puts in place for the stretch; any
other verb ('walked out for 24 hours', 'met for two hours') names nothing that lasts: the time unit."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The council extended the arms embargo for another six months.",
            "six months",
            "extension",
        ),
        ("Ottawa has renewed its travel ban for two more years.", "two more years", "renewal"),
        ("The regulator prolonged the trading halt for a further 30 days.", "30 days", "extension"),
        ("The UK has extended the sanctions for 12 months.", "12 months", "extension"),
        ("Brussels renews visa bans for two years", "two years", "renewal"),
        (
            "Parliament renews for 12 months the mandate of the monitoring mission.",
            "12 months",
            "renewal",
        ),
    ],
)
def test_an_extension_for_a_time_counts_the_extension(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The regulator imposed a trading halt for 30 days.", "30 days", "trading halt"),
        ("The army kept the curfew in place for two more weeks.", "two more weeks", "curfew"),
        ("The city declared a water emergency for 90 days.", "90 days", "water emergency"),
        ("The ministry granted the miner a licence for ten years.", "ten years", "licence"),
    ],
)
def test_what_is_imposed_for_a_time_is_what_lasts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Dock workers walked out for 24 hours on Friday.", "24 hours", "hours"),
        ("The exchange's trading website failed for about three hours.", "three hours", "hours"),
        ("His permit was suspended for 60 days on Monday.", "60 days", "suspension"),
        ("The mine was closed for two weeks in June.", "two weeks", "closure"),
        (
            "Subscribers will be compensated for two days, the firm said.",
            "two days",
            "days",
        ),
        ("The hospital's systems stayed offline for six days.", "six days", "days"),
    ],
)
def test_an_act_the_data_names_counts_it_and_another_event_the_time_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The ministry moved 300 tonnes of grain for three weeks.", "three weeks"),
        ("Officials inspected 120 ships for two months.", "two months"),
    ],
)
def test_an_object_with_its_own_count_is_not_what_the_time_counts(
    claims_of: Rows, text: str, anchor: str
) -> None:
    item = found(claims_of, text, anchor)["quantity_item"]
    assert item.split()[-1] not in ("grain", "tonnes", "tonnes")


def test_an_object_no_verb_extends_is_not_what_the_time_counts(claims_of: Rows) -> None:
    text = "The freighter switched off its radio beacon for nine hours on Sunday."
    assert found(claims_of, text, "nine hours")["quantity_item"] != "radio beacon"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Farmers blocked the motorway for nearly six hours.", "six hours", "blockade"),
        ("Storms closed the harbour for three days last week.", "three days", "closure"),
        ("The carrier cancelled 900 flights over two weeks.", "two weeks", "weeks"),
        (
            "Savers withdrew EUR 2 billion from the lender within four days.",
            "four days",
            "days",
        ),
        (
            "The ministry will inspect all ferries within three months.",
            "three months",
            "months",
        ),
        ("The junta will expel the envoy within 48 hours.", "48 hours", "hours"),
    ],
)
def test_an_act_over_an_object_counts_the_act_and_a_deadline_its_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The city was hit by 212 strikes over seven days.", "seven days"),
        ("Prices rose 4% over the past year.", "the past year"),
    ],
)
def test_a_noun_or_a_change_verb_names_no_event_over_a_time(
    claims_of: Rows, text: str, anchor: str
) -> None:
    rows = [
        r for r in claims_of(text, "quantity") if anchor in text[r["span_start"] : r["span_end"]]
    ]
    assert all(r["quantity_item"] not in ("strike", "rise") for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ministers, who met in Luxembourg for just over two hours, agreed the text.",
            "two hours",
            "hours",
        ),
        ("The two leaders met for 90 minutes on Monday.", "90 minutes", "minutes"),
        ("Finance chiefs will meet for three days in Rome next week.", "three days", "days"),
        ("The board has met over four days without a deal.", "four days", "days"),
        ("The new permit will be valid for five years.", "five years", "years"),
        ("Visas issued under the scheme are valid for 180 days.", "180 days", "days"),
        ("The pass was valid for two weeks only.", "two weeks", "weeks"),
        ("Each ticket remains valid for 24 hours after purchase.", "24 hours", "hours"),
        (
            "The ship switched off its transponder for 11 hours near the strait.",
            "11 hours",
            "hours",
        ),
        ("The tanker had turned off its tracking system for six hours.", "six hours", "hours"),
        (
            "Vessels that switch off their beacons for 48 hours face inspection.",
            "48 hours",
            "hours",
        ),
        (
            "Two tankers switched off their AIS signals for nearly three days.",
            "three days",
            "days",
        ),
        ("The stolen paintings were loaded onto lorries over three days.", "three days", "days"),
        ("Workers loaded the grain onto barges over six days.", "six days", "days"),
        ("The crew will load the cargo over two days.", "two days", "days"),
        ("Dockers loaded the ferry for nine hours on Sunday.", "nine hours", "hours"),
        ("Militias killed at least 40 villagers over two days in March.", "two days", "days"),
        (
            "Soldiers killed 12 protesters over three weeks in the capital.",
            "three weeks",
            "weeks",
        ),
        ("The gang has killed dozens of people over five years.", "five years", "years"),
        ("Snipers killed civilians in the town for six days.", "six days", "days"),
        (
            "The utility will spend EUR 80mn over the next four years to fix leaks.",
            "four years",
            "years",
        ),
        ("The city spent $2 billion over ten years on new trams.", "ten years", "years"),
        ("The ministry would spend GBP 300m over two years on drones.", "two years", "years"),
        (
            "Canberra has spent A$1 billion over three years on the programme.",
            "three years",
            "years",
        ),
    ],
)
def test_more_event_verbs_leave_the_time_unit(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Russia cut off gas supplies by two days.", "two days", "days"),
        ("They cut off the power by three hours.", "three hours", "hours"),
        ("The operator has cut off water to the district by four days.", "four days", "days"),
        ("Moscow will cut off the oil flow by five weeks, officials said.", "five weeks", "weeks"),
        ("They agreed to continue lasting for another two years.", "two years", "years"),
        (
            "The partners want to keep the deal lasting for a further three years.",
            "three years",
            "years",
        ),
        (
            "Officials hope to keep the truce lasting for another six months.",
            "six months",
            "months",
        ),
        (
            "Both sides would keep the ceasefire holding and lasting for another four weeks.",
            "four weeks",
            "weeks",
        ),
    ],
)
def test_a_change_verb_or_a_kept_going_term_names_no_event(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A stretch after 'by' on a change verb with no subject that lasts ('cut off ... by two
    days'), or 'for another' on a 'last' a verb of keeping governs, is the time unit too: the
    verb's event (outage, extension) is no part of the quantity's own phrase."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The lender debarred the builder for 30 months.", "30 months", "debarment"),
        ("Two former directors were banned for seven years.", "seven years", "ban"),
        ("The league has barred the coach from matches for two years.", "two years", "ban"),
        ("The broker's licence will be suspended for 45 days.", "45 days", "suspension"),
        ("Prosecutors froze the accounts for 90 days.", "90 days", "freeze"),
    ],
)
def test_a_penalty_verb_for_a_time_counts_the_penalty(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """'debarred for 30 months' is a debarment of 30 months (duration_verb_items)."""
    assert found(claims_of, text, anchor)["quantity_item"] == item
