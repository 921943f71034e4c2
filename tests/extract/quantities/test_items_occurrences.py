"""A count of how often something happened counts the event its verb names, as a duration counts
the event it measures (annotation/guidelines.md): 'struck the depot 20 times' counts strikes, not
the attacker or the depot; a multiple ('three times the value') stays a multiple of its whole."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Coalition jets have struck militia depots more than 30 times since January.",
            "more than 30 times",
            "strike",
        ),
        (
            "The launch of the new register has been postponed at least four times.",
            "at least four times",
            "postponement",
        ),
        (
            "The charter carrier flew spare parts to Minsk at least 25 times last year.",
            "at least 25 times",
            "flights",
        ),
        (
            "The volcano erupted nearly a dozen times in the past decade, officials said.",
            "nearly a dozen times",
            "eruptions",
        ),
        (
            "Lawns may be watered only twice a week under the drought order.",
            "twice a week",
            "watering",
        ),
    ],
)
def test_a_count_of_times_counts_the_event_its_verb_names(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "event"),
    [
        ("Drones struck three times as many depots as in May.", "three times", "strike"),
        ("Rebels attacked twice as many villages as a year earlier.", "twice", "attacks"),
        ("Raiders hit the port three times harder than before.", "three times", "raids"),
    ],
)
def test_a_multiple_on_an_event_verb_is_no_count_of_the_event(
    claims_of: Rows, text: str, anchor: str, event: str
) -> None:
    start = text.index(anchor)
    rows = claims_of(text, "quantity")
    assert all(
        r["quantity_item"] != event
        for r in rows
        if r["span_start"] < start + len(anchor) and start < r["span_end"]
    )
