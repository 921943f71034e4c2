"""A duration counts the event it measures (CLAIMS.md; guidelines: 'a 30-day truce': truce): an
extension or renewal, the measure a verb imposes for a stretch of time, or the event a verb names when it holds
for one ('walked out for 24 hours': the walkout), never the time unit itself."""

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
        ("UK extends asset freezes for 12 months, adds two names", "12 months", "extension"),
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
        ("The regulator imposed a trading halt for 30 days.", "30 days", "halt"),
        ("The army kept the curfew in place for two more weeks.", "two more weeks", "curfew"),
        ("The city declared a water emergency for 90 days.", "90 days", "emergency"),
        ("The ministry granted the miner a licence for ten years.", "ten years", "licence"),
    ],
)
def test_what_is_imposed_for_a_time_is_counted(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Dock workers walked out for 24 hours on Friday.", "24 hours", "walkout"),
        ("The exchange's trading website failed for about three hours.", "three hours", "outage"),
        ("His permit was suspended for 60 days on Monday.", "60 days", "suspension"),
        ("The mine was closed for two weeks after the flood.", "two weeks", "closure"),
        (
            "Subscribers will be compensated for two days, the firm said.",
            "two days",
            "compensation",
        ),
        ("The hospital's systems stayed offline for six days.", "six days", "outage"),
    ],
)
def test_an_event_a_verb_names_is_what_its_duration_counts(
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
    assert item.split()[-1] not in ("grain", "tonnes", "ships")


def test_an_object_no_verb_extends_is_not_what_the_time_counts(claims_of: Rows) -> None:
    text = "The freighter switched off its radio beacon for nine hours on Sunday."
    assert found(claims_of, text, "nine hours")["quantity_item"] != "radio beacon"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Farmers blocked the motorway for nearly six hours.", "six hours", "blockade"),
        ("Storms closed the harbour for three days last week.", "three days", "closure"),
        ("The carrier cancelled 900 flights over two weeks.", "two weeks", "cancellations"),
        (
            "Savers withdrew EUR 2 billion from the lender within four days.",
            "four days",
            "withdrawals",
        ),
        (
            "The ministry will inspect all ferries within three months.",
            "three months",
            "inspection",
        ),
        ("The junta will expel the envoy within 48 hours.", "48 hours", "expulsion"),
    ],
)
def test_an_event_verb_names_what_its_duration_counts_over_an_object(
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
            "meeting",
        ),
        ("The two leaders met for 90 minutes on Monday.", "90 minutes", "meeting"),
        ("Finance chiefs will meet for three days in Rome next week.", "three days", "meeting"),
        ("The board has met over four days without a deal.", "four days", "meeting"),
        ("The new permit will be valid for five years.", "five years", "validity"),
        ("Visas issued under the scheme are valid for 180 days.", "180 days", "validity"),
        ("The pass was valid for two weeks only.", "two weeks", "validity"),
        ("Each ticket remains valid for 24 hours after purchase.", "24 hours", "validity"),
        (
            "The ship switched off its transponder for 11 hours near the strait.",
            "11 hours",
            "switch-off",
        ),
        ("The tanker had turned off its tracking system for six hours.", "six hours", "switch-off"),
        (
            "Vessels that switch off their beacons for 48 hours face inspection.",
            "48 hours",
            "switch-off",
        ),
        (
            "Two tankers switched off their AIS signals for nearly three days.",
            "three days",
            "switch-off",
        ),
        ("The stolen paintings were loaded onto lorries over three days.", "three days", "loading"),
        ("Workers loaded the grain onto barges over six days.", "six days", "loading"),
        ("The crew will load the cargo over two days.", "two days", "loading"),
        ("Dockers loaded the ferry for nine hours on Sunday.", "nine hours", "loading"),
        ("Militias killed at least 40 villagers over two days in March.", "two days", "killings"),
        (
            "Soldiers killed 12 protesters over three weeks in the capital.",
            "three weeks",
            "killings",
        ),
        ("The gang has killed dozens of people over five years.", "five years", "killings"),
        ("Snipers killed civilians in the town for six days.", "six days", "killings"),
        (
            "The utility will spend EUR 80mn over the next four years to fix leaks.",
            "four years",
            "spending",
        ),
        ("The city spent $2 billion over ten years on new trams.", "ten years", "spending"),
        ("The ministry would spend GBP 300m over two years on drones.", "two years", "spending"),
        (
            "Canberra has spent A$1 billion over three years on the programme.",
            "three years",
            "spending",
        ),
    ],
)
def test_more_event_verbs_name_what_their_duration_counts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
