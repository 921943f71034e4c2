"""A newsletter digest set with no blank lines: each numbered item's heading is the issue's own,
whatever its casing ("3. port fees rise again" after "2. Court freezes ..."); the "In this issue:"
contents line over the items and an advert set between dashes are not; the digest's name stays
its title over its first numbered item."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "THE LEDGER WEEKLY — sanctions and compliance notes\n"
    "Issue 87 · Friday, 6 March 2026 · Edited by Tomás Vidal\n"
)
CONTENTS = "In this issue: Kenya list · Peru freeze · ADB debarment · Fiji bans\n"
FIRST = (
    "1. KENYA ADDS FIVE TRADERS TO ITS LIST\n"
    "Kenya's Treasury listed five gold traders on Monday for financing armed groups in the north.\n"
    "Source: Treasury notice\n"
    "2. Peru court freezes accounts of fishing-permit ring\n"
    "A judge in Lima froze 14 accounts held by three officials and two boat owners on Tuesday.\n"
    "Source: Fiscalía\n"
)
ITEM_TEXT = "The bank said the measure would run for 24 months from the day of the notice.\n"
LAST = "4. fiji renews entry bans\nFiji renewed entry bans on six foreign loggers for a year.\n"


@pytest.mark.parametrize(
    "heading",
    [
        "3. adb bars manila builder for two years",
        "3. asian development bank debars a builder",
        "3) adb debarment: manila contractor out for two years",
        "3. manila builder barred from bank-funded work",
    ],
)
def test_a_lower_case_item_heading_after_the_one_above_is_body(heading: str) -> None:
    page = f"{TOP}{CONTENTS}{FIRST}{heading}\n{ITEM_TEXT}Source: ADB\n{LAST}"
    assert kind_of(page, heading) == "body"
    assert kind_of(page, "The bank said the measure") == "body"
    assert kind_of(page, "fiji renews entry bans") == "body"
    assert kind_of(page, "Fiji renewed entry bans") == "body"


def test_a_lower_case_numbered_line_with_no_item_above_is_no_item() -> None:
    heading = "3. adb bars manila builder for two years"
    page = f"{TOP}Welcome to this week's notes.\nMOST READ\n{heading}\n{ITEM_TEXT}"
    assert kind_of(page, heading) != "body"


@pytest.mark.parametrize(
    "contents",
    [
        "In this issue: Kenya list · Peru freeze · ADB debarment · Fiji bans",
        "IN THIS ISSUE: Kenya | Peru | ADB | Fiji",
        "Inside this issue: four new listings and a debarment",
        "In today's edition: Kenya's list grows; Peru freeze; Fiji bans",
    ],
)
def test_the_contents_line_is_not_body_and_the_name_stays_the_title(contents: str) -> None:
    page = f"{TOP}{contents}\n{FIRST}"
    assert kind_of(page, contents) not in ("body", "title")
    assert kind_of(page, "THE LEDGER WEEKLY") == "title"
    assert kind_of(page, "1. KENYA ADDS FIVE TRADERS") == "body"


@pytest.mark.parametrize(
    "advert",
    [
        "— ADVERTISEMENT — Screening tools for 30 languages. Try it free until 31 May.",
        "— SPONSORED — Compliance training in Nairobi, 12-14 May. Seats from $400.",
        "-- Advertisement -- Sanctions data feeds, first month free.",
        "— PROMOTED — Our annual survey is out: download the 40-page report.",
    ],
)
def test_an_advert_set_between_dashes_is_boilerplate(advert: str) -> None:
    page = f"{TOP}{FIRST}{advert}\nUnsubscribe · Manage preferences\n"
    assert kind_of(page, advert) == "boilerplate"
