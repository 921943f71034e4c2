"""Furniture that saved pages carry besides their story: a picture's description set wholly in
square brackets with no label, an office's plural list label with other items' headlines after
it ('More briefings: ...'), an advert's booking cue with its day, a transcript's label under a
press room's name; and a fact line opening with 'Share' that is a figure, not a button."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

STORY = (
    "Ferry operator adds winter sailings to the outer islands\n"
    "Posted: 3 November 2025 | by Ana Costa\n"
    "{caption}\n\n"
    "The operator will run 14 extra sailings a week from December, its chief executive said on"
    " Monday, after bookings rose by a fifth.\n\n"
    "{furniture}\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "[Passengers board the morning boat at the north quay. Bookings rose by a fifth.]",
        "[The new catamaran on sea trials off the headland in October]",
        "[A queue of cars waits for the 7am crossing on Friday, when 212 vehicles were carried.]",
        "[Deckhands secure the ramp; the route has run since 1998.]",
    ],
)
def test_a_bracketed_line_is_a_pictures_caption(caption: str) -> None:
    page = STORY.format(caption=caption, furniture="")
    assert kind_of(page, caption[:30], TODAY) == "caption"


@pytest.mark.parametrize(
    "furniture",
    [
        "More briefings: Harbour board approves new fees (19 May)",
        "Related summaries: Court upholds ferry contract (2 May 2025) | Fares case (1 April 2025)",
        "Other releases: Port opens new berth | Tender for dredging",
        "Recent judgments: Island Shipping v Harbour Board (12 August 2025)",
    ],
)
def test_a_plural_list_label_heads_other_items(furniture: str) -> None:
    page = STORY.format(caption="", furniture=furniture)
    assert kind_of(page, furniture[:20], TODAY) == "related"


@pytest.mark.parametrize(
    ("ad", "line"),
    [
        (
            "ADVERTISEMENT\nWinter fares to the islands from €19 one way. Book by 15 December.",
            "Winter fares",
        ),
        (
            "Advertisement\nCabins from £45 a night on the overnight boat. Book online today.",
            "Cabins from",
        ),
        ("ADVERTISEMENT\nSki weeks from $600. Book before 30 November and save.", "Ski weeks"),
    ],
)
def test_an_adverts_booking_cue_keeps_it_out_of_the_story(ad: str, line: str) -> None:
    page = STORY.format(caption="", furniture=ad)
    assert kind_of(page, line, TODAY) == "boilerplate"


def test_a_share_fact_line_is_the_storys_but_a_share_button_is_not() -> None:
    page = STORY.format(
        caption="",
        furniture="PASSENGERS (thousands)\nShare to islands, 2024/25: 38%\n\nShare to Facebook",
    )
    assert kind_of(page, "Share to islands", TODAY) == "body"
    assert kind_of(page, "Share to Facebook", TODAY) == "boilerplate"


def test_a_transcript_label_under_a_press_rooms_name_is_no_headline() -> None:
    page = (
        "Ministry of Transport | Press Centre\n"
        "TRANSCRIPT (unofficial translation)\n"
        "Press briefing on the winter ferry timetable\n"
        "Capital, 4 November 2025, 10:00\n\n"
        "MODERATOR: Good morning. The minister will speak first.\n\n"
        "MINISTER: The state will pay for 14 extra sailings a week from December.\n"
    )
    assert segment_text(page, TODAY).title == "Press briefing on the winter ferry timetable"
