"""Page tops of papers and policy institutes: a paper's name over its dated issue line over its
menu (the day in the paper's own language, 'Tirsdag 3. mars 2026'), a note that the story is a
summary or translation of the paper's own, a section path under a 'Programme:' label, and a
paper's series and number ('BRIEF No. 4/2026') over a headline closing on a question. None of
them is the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import find_date
from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

LEAD = (
    "The county council on Monday approved a new bus depot for 140 vehicles, the largest"
    " investment in local transport for two decades.\n"
)
HEADLINE = "County approves new bus depot after long delay"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tirsdag 3. mars 2026", dt.date(2026, 3, 3)),
        ("Fredag 16. oktober 2026", dt.date(2026, 10, 16)),
        ("donderdag 7 mei 2026", dt.date(2026, 5, 7)),
        ("Måndag 2 februari 2026", dt.date(2026, 2, 2)),
    ],
)
def test_a_mastheads_day_in_its_own_language(text: str, expected: dt.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "issue",
    [
        "Kommer ut hver tirsdag · Nr. 9 · Tirsdag 3. mars 2026 · Pris kr 40",
        "Issue 212 · Friday 16 October 2026 · £1.20",
        "Weekly · No. 18 · donderdag 7 mei 2026",
    ],
)
def test_a_papers_name_over_its_dated_issue_line_over_its_menu(issue: str) -> None:
    page = (
        "FJORDPOSTEN for Lier og Hurum\n"
        + issue
        + "\nNyheter | Sport | Kultur | Meninger | eAvis\n"
        "\n" + HEADLINE + "\n\n" + LEAD
    )
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published is not None


@pytest.mark.parametrize(
    "note",
    [
        "English summary of this week's lead story (original in Norwegian: page 6)",
        "Translation of today's front-page article",
        "Short version of the report",
    ],
)
def test_a_note_that_the_story_is_a_summary_is_furniture(note: str) -> None:
    page = (
        "LOCAL TIMES\nNews | Sport | Culture | Opinion\n" + note + "\n\n" + HEADLINE + "\n\n" + LEAD
    )
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, note, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    ("crumb", "number", "headline"),
    [
        (
            "Programme: Trade & Industry › Analysis",
            "BRIEF No. 4/2026",
            "Port fees doubled last year. Did shipping move elsewhere?",
        ),
        (
            "Research area: Energy › Papers",
            "POLICY PAPER No. 12",
            "Can the grid carry twice the solar it carries today?",
        ),
        (
            "Themes: Health › Commentary",
            "Insight No. 3/2025",
            "What a new drug price cap means for small pharmacies",
        ),
    ],
)
def test_a_papers_number_over_its_own_headline(crumb: str, number: str, headline: str) -> None:
    page = (
        "HARBOUR INSTITUTE\nResearch | Events | People | About\n"
        + crumb
        + "\n"
        + number
        + "\n\n"
        + headline
        + "\n\n"
        + LEAD
    )
    assert segment_text(page, TODAY).title == headline
    assert kind_of(page, crumb, TODAY) == "boilerplate"
