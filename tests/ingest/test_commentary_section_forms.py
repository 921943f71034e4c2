"""A think-tank's commentary runs in sections, each a heading of a few words (six or more, past a
short label's length) over two paragraphs or more in its block, or over one when the block above
opens on such a heading too: the article's own sections, never teasers of other stories. A
paragraph may close on a footnote's number after its stop ('... in May.[2]')."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "Lagoon Policy Forum\n\nThe island can pay its bond. Paying for the ferries is harder\n\n"
    "By Tomas Leary, Fellow · 6 min read\n\n"
    "The government has enough cash to repay the bond that falls due in March, the forum's"
    " figures show, even after a weak season for the fishing fleet.[1]\n\n"
)
PARAGRAPH = (
    "Port fees brought in about $45 million last year, roughly a tenth more than before, and the"
    " harbour board expects a similar sum this year as cargo volumes hold steady.{mark}"
)
SECOND = (
    "The ferry contract, signed in 2022, still costs the treasury close to $12 million a year,"
    " and its renewal will be put to tender before the end of the decade."
)


@pytest.mark.parametrize(
    "heading",
    [
        "Where the ferry money will come from",
        "Why the old contract still binds the treasury",
        "How the port fees were raised twice",
        "What a second bond would cost the island",
    ],
)
def test_a_section_heading_over_two_paragraphs_is_body(heading: str) -> None:
    text = f"{TOP}{heading}\n{PARAGRAPH.format(mark='[2]')}\n{SECOND}\n"
    assert kind_of(text, heading) == "body"
    assert kind_of(text, "Port fees brought in") == "body"


def test_the_next_section_over_one_paragraph_goes_on_from_the_run() -> None:
    first = "Where the ferry money will come from"
    last = "What the treasury should do next year"
    text = (
        f"{TOP}{first}\n{PARAGRAPH.format(mark='')}\n{SECOND}\n\n"
        f"{last}\nFirst, it should publish the ferry accounts by June and set a ceiling on the"
        " subsidy that the next contract may carry.\n"
        "[Chart 2: Port fees, 2020 to 2025, $ million]\n"
    )
    assert kind_of(text, last) == "body"
    assert kind_of(text, "First, it should publish") == "body"


def test_a_teaser_with_one_excerpt_stays_a_teaser() -> None:
    teaser = "Why the island's bond rating slipped again this spring"
    text = (
        f"{TOP}{teaser}\nThe agency cut the rating by one notch, citing the cost of the ferries.\n"
    )
    assert kind_of(text, teaser) == "related"
