"""An online-encyclopedia article saved as text: the article's name over the encyclopedia's
'From X, the free encyclopedia' line is the title; the infobox's opening date is a fact of the
article, never the page's stamp; the 'last edited' line at the foot dates the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

ARTICLE = (
    "Main page | Contents | Random article | Donate\n"
    "Article | Talk | Read | Edit | View history\n"
    "{name}\n"
    "{tagline}\n"
    "Type: Public\n"
    "Opened: 9 June 2011\n"
    "Length: 412 m\n"
    "{name} is a road bridge over the river in the north of the province, built by a regional"
    " consortium.[1]\n"
    "History[edit]\n"
    "Work began in 2008 and the bridge carried about 18,000 vehicles a day in its first year.[2]\n"
    "References\n"
    '1. ^ "Bridge opens". Valley Courier. Retrieved 3 May 2024.\n'
    "{stamp}\n"
)

CASES = {
    "Lindholm Bridge": (
        "From Wikiterra, the free encyclopedia",
        "This page was last edited on 14 March 2025, at 10:02 (UTC).",
        dt.date(2025, 3, 14),
    ),
    "Port Aven ferry terminal": (
        "From Openpedia, the online encyclopedia",
        "This page was last edited on 2 January 2026, at 18:40 (UTC).",
        dt.date(2026, 1, 2),
    ),
    "Harrow Street Market": (
        "From the Civic Wiki, the free encyclopedia",
        "This page was last edited on 30 September 2024.",
        dt.date(2024, 9, 30),
    ),
    "Kestrel Tunnel": (
        "From Atlaspedia, the free encyclopaedia",
        "This page was last edited on 7 July 2026, at 07:15 (UTC).",
        dt.date(2026, 7, 7),
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_the_articles_name_over_the_encyclopedia_line_is_the_title(name: str) -> None:
    tagline, stamp, day = CASES[name]
    page = ARTICLE.format(name=name, tagline=tagline, stamp=stamp)
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == name
    assert structure.byline.published == day
    assert kind_of(page, tagline) == "boilerplate"
    assert kind_of(page, "Opened: 9 June 2011") == "body"
    assert kind_of(page, "Work began in 2008") == "body"


def test_a_redirect_note_under_the_encyclopedia_line_is_no_text() -> None:
    tagline, stamp, _ = CASES["Kestrel Tunnel"]
    page = ARTICLE.format(
        name="Kestrel Tunnel",
        tagline=tagline + "\n(Redirected from Kestrel Road Tunnel)",
        stamp=stamp,
    )
    assert kind_of(page, "(Redirected from") == "boilerplate"
    assert segment_text(page).title == "Kestrel Tunnel"
