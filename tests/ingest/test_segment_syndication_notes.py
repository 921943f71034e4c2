"""A story republished by a partner site carries the syndication notes: where it first
appeared ("This story first appeared in ... and is republished here ...") and what the hub
does ("X republishes stories from 20 partner newsrooms"): furniture, never the story's text."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

NOTES = [
    "This story first appeared in the Apia Observer and is republished here under a"
    " content-sharing agreement.",
    "This article was originally published by Coral Coast News.",
    "The story originally ran in the Honiara Star and has been republished with permission.",
    "This report first appeared on Lagoon Radio.",
]
HUBS = [
    "Islands News Exchange republishes stories from 20 partner newsrooms across the region.",
    "Reef Wire syndicates reports from nine community radio stations.",
    "The Ocean Desk shares journalism from 12 member outlets in the Pacific.",
    "Pacific Story Hub republishes articles from its 15 partners every week.",
]
LEAD = (
    "NUKU'ALOFA - Tonga's customs service seized 40 kilograms of cocaine from a yacht on"
    " Monday, the largest haul this year, police said.\n"
)


@pytest.mark.parametrize(("note", "hub"), list(zip(NOTES, HUBS, strict=True)))
def test_syndication_notes_are_furniture(note: str, hub: str) -> None:
    page = (
        "ISLANDS NEWS EXCHANGE\n"
        "Customs seize record cocaine haul from yacht\n"
        "By Sione Fifita | 3 March 2026\n"
        f"{note}\n{LEAD}"
        "The yacht's two crew members were charged and remanded in custody.\n"
        f"{hub}\n"
    )
    assert kind_of(page, note) == "boilerplate"
    assert kind_of(page, hub) == "boilerplate"
    assert kind_of(page, "NUKU'ALOFA - Tonga's customs") == "body"
