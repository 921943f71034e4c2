"""Furniture families of three page kinds: an assistant's answer page lists the articles it drew
on under 'Sources used' (teasers of other stories, not the answer's body); a dashboard's KPI
panel drawn in box lines has its card labels as furniture and its figures as body; an appeal
page's progress bar, donor and day counters, amount buttons and payment line are furniture,
while its raised line is body, and each dated update's head is a stamp over body text."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import TODAY, kind_of

ANSWER = (
    "THE RIVER GAZETTE\n"
    "News | Business | Ask the Gazette (beta)\n"
    "\n"
    "You asked: Why was the ferry operator fined, and what happens next?\n"
    "\n"
    "Answer · generated 3 June 2026, 09:10 · based on 3 articles\n"
    "\n"
    "Short answer: The regulator fined the operator 2.1 million for safety lapses on Monday,"
    " and it has 28 days to appeal [1][2].\n"
    "\n"
    "{label}\n"
    "[1] Regulator fines ferry firm over lifejackets — Business, 1 June 2026\n"
    "[2] Ferry firm lost 14% of its passengers last year — Economy, 20 May 2026\n"
    "[3] Second operator bids for island route — Local, 2 April 2026\n"
    "\n"
    "Was this answer helpful?  Yes   No\n"
)


@pytest.mark.parametrize(
    "label",
    ["Sources consulted", "Articles cited in this answer", "Based on these articles:"],
)
def test_an_answers_sources_are_teasers(label: str) -> None:
    page = ANSWER.format(label=label)
    assert kind_of(page, "lost 14% of its passengers", TODAY) == "related"
    assert kind_of(page, "Second operator bids", TODAY) == "related"
    assert kind_of(page, "fined the operator 2.1 million", TODAY) == "body"


PANEL = (
    "Harbour traffic: weekly overview\n"
    "\n"
    "┌ KEY FIGURES ────────────────\n"
    "│ {first}\n"
    "4,210 containers  ▲ +6.2 % vs last week\n"
    "│ {second}\n"
    "86 %  ▼ −1.4 pts\n"
    "└─────────────────────────────\n"
    "\n"
    "The port handled 4,210 containers in the week to Sunday, the harbour office says in its"
    " weekly summary.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("CONTAINERS MOVED", "QUAY OCCUPANCY"),
        ("BOXES SINCE 1 JANUARY 2026", "CRANE USE, LAST 7 DAYS"),
        ("TOTAL CALLS", "ON-TIME ARRIVALS"),
    ],
)
def test_a_panels_card_labels_are_furniture_and_its_figures_body(first: str, second: str) -> None:
    page = PANEL.format(first=first, second=second)
    assert kind_of(page, first, TODAY) == "boilerplate"
    assert kind_of(page, second, TODAY) == "boilerplate"
    assert kind_of(page, "4,210 containers  ▲", TODAY) == "body"
    assert kind_of(page, "86 %  ▼", TODAY) == "body"


APPEAL = (
    "RELIEF TOGETHER · Helping since 2004\n"
    "Our work | Appeals | Volunteer | About\n"
    "\n"
    "Winter appeal: shelter for families in the hills\n"
    "\n"
    "{bar}\n"
    "USD 48,200 raised of USD 90,000 goal\n"
    "{counters}\n"
    "{buttons}\n"
    "Pay with card · bank transfer · mobile wallet\n"
    "\n"
    "WHAT WE ARE DOING\n"
    "\n"
    "Snow has cut off 40 villages since Sunday, and about 3,000 families need blankets and fuel.\n"
    "\n"
    "UPDATES\n"
    "{update}\n"
    "Our first convoy reached the upper valley on Tuesday with 600 stoves.\n"
)


@pytest.mark.parametrize(
    ("bar", "counters", "buttons", "update"),
    [
        (
            "██████████░░░░░░░░  54%",
            "612 donors · 11 days left · Last gift 2 minutes ago",
            "[ USD 10 ] [ USD 25 ] [ USD 50 ] [ Other ]   ○ Once  ○ Monthly",
            "Update 2 · 4 February 2026",
        ),
        (
            "▰▰▰▰▰▱▱▱▱▱ 50 %",
            "1,020 supporters | 9 days to go",
            "[ 20 ] [ 50 ] [ 100 ]",
            "UPDATE 1, 2 February 2026:",
        ),
        (
            "■■■■□□□□ 48%",
            "20 days remaining · 804 gifts so far",
            "[ Give 15 ] [ Give 40 ]",
            "Update · 3 February 2026",
        ),
    ],
)
def test_an_appeals_panel_is_furniture_and_its_updates_body(
    bar: str, counters: str, buttons: str, update: str
) -> None:
    page = APPEAL.format(bar=bar, counters=counters, buttons=buttons, update=update)
    for line in (bar, counters, buttons, "Pay with card"):
        assert kind_of(page, line, TODAY) == "boilerplate", line
    assert kind_of(page, "USD 48,200 raised", TODAY) == "body"
    assert kind_of(page, update, TODAY) == "byline"
    assert kind_of(page, "600 stoves", TODAY) == "body"
