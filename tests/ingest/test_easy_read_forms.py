"""An Easy Read page: a note under its title names the release it retells and that release's day,
which dates the page; the page markers a layout sets over each of its pages are furniture, and a
page's first line under its marker is the document's own text, never a teaser's headline."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TOP = "council.example | Accessibility | Contact\nEasy Read\nNew bins for your street\n"
PAGES = (
    "--- Page 1 of 4 ---\nThe council will give every house a new green bin.\n"
    "The bins will come in March.\n\n"
    "--- Page 2 of 4 ---\nWhat if my bin does not come?\n"
    "You can phone us on any weekday.\nWe will bring a bin within 10 days.\n"
)


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("This is the Easy Read summary of a press release from 4 February 2026.", (2026, 2, 4)),
        (
            "This is a plain language summary of the council report published on 9 Jan 2026.",
            (2026, 1, 9),
        ),
        (
            "This document is an easy-read edition of the strategy dated 30 November 2025.",
            (2025, 11, 30),
        ),
        (
            "This is an accessible version of the news release issued on 12 March 2026",
            (2026, 3, 12),
        ),
    ],
)
def test_the_retold_release_day_dates_the_page(note: str, day: tuple[int, int, int]) -> None:
    page = f"{TOP}{note}\n{PAGES}"
    structure = segment_text(page)
    assert structure.title == "New bins for your street"
    assert structure.byline.published == dt.date(*day)


@pytest.mark.parametrize("marker", ["--- Page 2 of 4 ---", "[Page 2/4]", "== page 2 of 4 =="])
def test_a_page_marker_is_furniture_and_heads_no_teaser(marker: str) -> None:
    page = f"{TOP}{PAGES.replace('--- Page 2 of 4 ---', marker)}"
    assert kind_of(page, marker) == "boilerplate"
    assert kind_of(page, "We will bring a bin within 10 days.") == "body"
