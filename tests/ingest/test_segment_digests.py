"""A newsletter digest: its numbered items ("1) HEADLINE" over the item's text) are the issue's
own stories, body like a report's numbered sections; a "Latest on <site>" list under the story
is other stories' headlines; a footer line that closes with the next issue's date is furniture."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

MASTHEAD = "HARBOUR BRIEFING | WEEKLY\nIssue 48 - Monday 3 March 2025\n\n"
ITEM_TEXT = (
    "Port officials said on Friday that berths would reopen within a week, after a strike that"
    " had halted container traffic since the start of the month.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "1) GRAIN CORRIDOR REOPENS TO BULK CARRIERS",
        "2) Ministry lists four more tankers",
        "3) Port strike ends after nine days",
        "12) NORWAY ALIGNS WITH LATEST EU PACKAGE",
    ],
)
def test_a_digest_item_numbered_with_a_bracket_is_body(heading: str) -> None:
    page = (
        f"{MASTHEAD}IN THIS ISSUE: ports, grain and tankers\n\n{heading}\n{ITEM_TEXT}"
        f"4) OTHER ITEM OF THE WEEK\n{ITEM_TEXT}"
    )
    assert kind_of(page, heading) == "body"
    assert kind_of(page, "Port officials said") == "body"


@pytest.mark.parametrize(
    "label",
    ["Latest on Harbour Wire", "Latest in Markets", "More on Tanker Watch", "Also on Port Daily"],
)
def test_a_latest_on_site_list_under_the_story_is_teasers(label: str) -> None:
    page = (
        "Port of Gdynia handles record grain volumes in March\n\n"
        f"{ITEM_TEXT}{ITEM_TEXT}{label}\n- Rival port posts 9% rise in traffic\n"
        "- Ministry to cut harbour fees by 5% from July\n"
    )
    assert kind_of(page, "- Rival port posts") == "related"
    assert kind_of(page, "- Ministry to cut") == "related"


@pytest.mark.parametrize(
    "footer",
    [
        "Harbour Media Ltd. Not investment advice. Next issue: 10 March.",
        "Thanks for reading! Next edition: Monday 10 March",
        "Questions? Write to us. In our next issue: fuel prices.",
    ],
)
def test_a_footer_line_closing_with_the_next_issue_is_boilerplate(footer: str) -> None:
    page = f"{MASTHEAD}Grain corridor reopens to bulk carriers\n\n{ITEM_TEXT}{footer}\n"
    assert kind_of(page, footer) == "boilerplate"
