"""Round 50: readers' reactions under a story ('Reader reactions (3)', then 'Name · 2 hours ago:
...') are other people's words on the page, never the story's text, labelled or not; a section
of the story on how officials reacted stays its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
STORY = (
    "Court shuts 12 fake pharmacies and freezes their owners' accounts\n\n"
    "A court on Monday ordered 12 unlicensed pharmacies closed and froze the bank accounts of"
    " their three owners, who are accused of selling fake antibiotics, prosecutors said.\n\n"
    "The owners face up to eight years in prison if convicted.\n\n"
    "Share: WhatsApp | Facebook | Copy link\n\n"
)
COMMENTS = [
    "Ama B. · 3 hours ago: My father bought pills there for 4,000 and they did nothing.",
    "Kofi · 1 hour ago: 12 shops is nothing, there are 200 in the market.",
    "Harbour Nurse | 2 days ago: Good. We saw the sick children in March.",
    "Esi Mensah · a day ago: They will open again next week under new names.",
]


@pytest.mark.parametrize("label", ["Reader reactions (3)", "Readers' responses", "Reactions (12)"])
@pytest.mark.parametrize("comment", COMMENTS)
def test_readers_reactions_under_their_label_are_no_text_of_the_story(
    label: str, comment: str
) -> None:
    page = STORY + label + "\n" + comment + "\n"
    assert kind_of(page, comment, TODAY) == "related"


@pytest.mark.parametrize("comment", COMMENTS)
def test_a_reader_s_comment_with_its_age_is_no_text_of_the_story(comment: str) -> None:
    page = STORY + comment + "\n\nMORE NEWS\nFerry fares rise from April\n"
    assert kind_of(page, comment, TODAY) == "related"


def test_a_section_on_how_officials_reacted_stays_the_story_s() -> None:
    page = STORY.replace(
        "Share: WhatsApp | Facebook | Copy link\n\n",
        "Reactions\nThe health minister said the closures were overdue and that more would"
        " follow in the north, where inspectors found 30 suspect shops last year.\n\n"
        "The owners' lawyer said they would appeal within 14 days.\n",
    )
    assert kind_of(page, "The health minister said", TODAY) == "body"
