"""A browser's title bar that sets the site's name after a spaced dash ('Headline – Site'), the
headline set again under the site's breadcrumb and menu: that line is the title and the bar is
the page's furniture, on a page saved with its HTML entities undecoded too."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "{bar}\n"
    "Home | News | Business | Sport\n"
    "{headline}\n"
    "Posted by Ana Fale {sep} 3{nbsp}March{nbsp}2026\n"
    "The island council approved a new harbour levy on Tuesday, raising {money}4{nbsp}million a"
    " year for the breakwater.\n"
)

CASES = [
    (
        "Harbour levy passes council vote &ndash; Lagoon Gazette",
        "Harbour levy passes council vote",
        "&middot;",
        "&nbsp;",
        "&#36;",
    ),
    (
        "Harbour levy passes council vote &mdash; The Atoll Post",
        "Harbour levy passes council vote",
        "&bull;",
        "&nbsp;",
        "$",
    ),
    (
        "Harbour levy passes council vote – Reef Islands Herald",
        "Harbour levy passes council vote",
        "·",
        " ",
        "$",
    ),
    (
        "Lagoon Gazette — Council backs harbour levy for breakwater",
        "Council backs harbour levy for breakwater",
        "|",
        " ",
        "$",
    ),
]


@pytest.mark.parametrize(("bar", "headline", "sep", "nbsp", "money"), CASES)
def test_the_headline_under_a_dashed_title_bar_is_the_title(
    bar: str, headline: str, sep: str, nbsp: str, money: str
) -> None:
    page = PAGE.format(bar=bar, headline=headline, sep=sep, nbsp=nbsp, money=money)
    structure = segment_text(page)
    assert structure.title == headline
    assert structure.byline.published == dt.date(2026, 3, 3)
    assert kind_of(page, bar) == "boilerplate"
    assert kind_of(page, "The island council approved") == "body"


def test_a_headline_with_its_own_dash_stays_whole() -> None:
    headline = "Levy passes – and fares rise too"
    page = PAGE.format(bar=headline, headline="", sep="|", nbsp=" ", money="$")
    assert segment_text(page).title == headline
