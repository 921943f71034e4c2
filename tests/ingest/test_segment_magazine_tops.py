"""A magazine feature's top: the magazine's name and what it is ("The magazine of the Pacific") over
its menu and a kicker, then a short headline in title case over a dek of a sentence or two, the
byline, and the issue line ("July 2026 issue | 12 min read"); a picture's description set in square
brackets with its label ("[Photo: ... Caption: ...]") is a caption, not the story."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "The Last Ferry Out"
DEK = (
    "Two years after the causeway closed, the island's school has lost a third of its pupils."
    " Those who stay wonder who will teach the rest."
)
BODY = (
    "The ferry leaves at six, and on most mornings it carries more furniture than people. Since"
    " the causeway closed in 2024, 140 families have moved to the mainland, the council says.\n"
)


@pytest.mark.parametrize(
    "tagline",
    [
        "The magazine of the Pacific",
        "The newspaper of the islands",
        "The journal for coastal communities",
        "The weekly of the North Atlantic",
    ],
)
def test_a_magazine_s_tagline_gives_way_to_the_headline_over_its_dek(tagline: str) -> None:
    page = (
        f"SEA ROAD\n{tagline}\nPolitics  Climate  Culture  Subscribe\n\nFEATURE | ISLANDS\n\n"
        f"{HEADLINE}\n\n{DEK}\n\nBy Mere Tui in Suva | Photography by Sam Ola\n"
        f"May 2026 issue | 9 min read\n\n{BODY}"
    )
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, DEK) == "body"
    assert kind_of(page, "May 2026 issue") == "byline"
    assert kind_of(page, tagline) == "boilerplate"


@pytest.mark.parametrize(
    "caption",
    [
        "[Photo: The empty quay at dawn. Caption: The ferry terminal, rebuilt in 2023, serves 40"
        " passengers a day.]",
        "[Picture: A teacher counts desks in the island's only classroom, which held 30 pupils.]",
        "[Image caption: Fishing boats laid up for the winter, 12 of them for sale.]",
        "[Photograph: The causeway, shut since March 2024.]",
    ],
)
def test_a_picture_s_description_in_square_brackets_is_a_caption(caption: str) -> None:
    page = f"{HEADLINE}\n\n{DEK}\n\nBy Mere Tui\n\n{caption}\n\n{BODY}"
    assert kind_of(page, caption) == "caption"
    assert kind_of(page, "The ferry leaves at six") == "body"
