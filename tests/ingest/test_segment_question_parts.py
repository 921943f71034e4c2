"""A parliament's written reply set one paragraph a line: the question's numbered parts ("(4) by
what date ...? NW12E") and the reply's numbered answers are the page's own text, never a teaser's
headline over its excerpt; the minister's approval line under them is the page's stamp."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "NATIONAL ASSEMBLY\nFOR WRITTEN REPLY\nQUESTION 2210\n"
    "2210. Ms A B Dlamini (EFF) to ask the Minister of Water:\n"
    "(1) How many litres did the utility lose to leaks in each of the past two years;\n"
)
REPLY = (
    "REPLY:\n"
    "(1) The utility reports that it lost 412 million litres in 2024/25, down 6% on the year"
    " before, mostly from burst mains in older suburbs.\n"
    "Region | 2023/24 | 2024/25\nNorth | 210.4 | 198.2\n"
    "(2) The repair programme will run for 30 months and cost R640 million in all.\n"
)


@pytest.mark.parametrize(
    "part",
    [
        "(2) by what date will the new reservoir be finished? NW4410E",
        "(2) whether the tender has been awarded; if not, why not; if so, what are the details NW88E",
        "(2) what budget was set aside for the repairs in the current year? NW17E",
        "(3) which contractors were appointed and on what dates NW2051E",
    ],
)
def test_a_numbered_question_part_is_no_teaser(part: str) -> None:
    page = f"{TOP}{part}\n{REPLY}"
    assert kind_of(page, part) == "body"
    assert kind_of(page, "The utility reports that it lost") == "body"
    assert kind_of(page, "North | 210.4") == "body"
    assert kind_of(page, "The repair programme will run") == "body"


@pytest.mark.parametrize(
    "stamp",
    [
        "Approved by the Minister on 14/03/2026",
        "Approved by the Deputy Minister on 2 April 2026",
        "Signed by the Speaker on 09/10/2025",
        "Authorised by the Cabinet Secretary on 1 July 2025",
    ],
)
def test_the_approval_line_under_the_reply_is_its_stamp(stamp: str) -> None:
    page = f"{TOP}(2) by what date will the works end? NW9E\n{REPLY}{stamp}\n"
    assert kind_of(page, stamp) == "byline"


def test_a_sentence_on_an_approval_stays_body() -> None:
    line = "Approved by the council on Monday, the plan adds 40 buses to the night routes."
    page = f"{TOP}{REPLY}{line}\n"
    assert kind_of(page, line) == "body"
