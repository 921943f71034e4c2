"""A page's counters and appeals are furniture wherever they stand: a count of comments, shares
or views on a line of its own, and a short note about the site that closes with a plea for
support ("Support us.", "Donate today.")."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import ABOVE, BELOW, HEAD, TODAY, kind_of


@pytest.mark.parametrize(
    "counter", ["41 comments", "Comments (1,204)", "2.3k shares", "Replies: 18"]
)
def test_a_count_of_comments_or_shares_is_furniture(counter: str) -> None:
    page = f"{HEAD}By Ana Ruiz\n3 June 2026\nShare  f  X  in\n{counter}\n\n{ABOVE.strip()}{BELOW}"
    assert kind_of(page, counter, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "counter", ["💬 23 comments", "👁 1,204 views", "🔁 58 shares", "✉️ Replies: 6"]
)
def test_a_counter_behind_its_icon_is_furniture(counter: str) -> None:
    """A site sets an icon before its counters; the icon is no word of them."""
    page = f"{HEAD}By Ana Ruiz\n3 June 2026\n\n{ABOVE}{counter}\n\n{BELOW.strip()}\n"
    assert kind_of(page, counter, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "appeal",
    [
        "The Upland Courier is owned by its readers. Our reporting is free for all. Support us.",
        "We are an independent newsroom funded by 900 readers. Donate today.",
        "Coast Report relies on readers, not advertisers. Become a member.",
        "No paywall, no billionaire owner: just 3,100 of you. Join us today!",
    ],
)
def test_a_note_that_closes_with_a_plea_for_support_is_furniture(appeal: str) -> None:
    page = f"{HEAD}By Ana Ruiz\n3 June 2026\n\n{ABOVE}{appeal}\n\nContact | Ethics | RSS\n"
    assert kind_of(page, appeal, TODAY) == "boilerplate"


def test_a_sentence_about_donations_stays_body() -> None:
    line = "The charity said 4,000 people had asked how to support it after the appeal."
    page = f"{HEAD}By Ana Ruiz\n3 June 2026\n\n{ABOVE}{line}{BELOW}"
    assert kind_of(page, line, TODAY) == "body"
