"""A paragraph written all in capitals (a broadcast script, a wire alert): its dates are read as
in the same paragraph set in lower case, at the page's own offsets."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import as_written, find_dates
from tests.extract.dates.helpers import WED_24_SEP_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "THE LICENCE, REVOKED ON MONDAY BY THE REGULATOR, HAD RUN FOR ELEVEN YEARS.",
            "ON MONDAY",
            "2025-09-22",
            "2025-09-22",
        ),
        (
            "TRAWLERS LANDED 3,100 TONNES OF HAKE BETWEEN NOVEMBER AND FEBRUARY, THE AGENCY SAYS.",
            "BETWEEN NOVEMBER AND FEBRUARY",
            "2024-11-01",
            "2025-02-28",
        ),
        (
            "THE DEPOT HAS BEEN SHUT SINCE JULY AFTER A ROOF COLLAPSED ONTO TWO LORRIES.",
            "SINCE JULY",
            "2025-07-01",
            "2025-07-31",
        ),
        (
            "WHEAT FETCHED R410 A BAG IN AUGUST, UP FROM R380 A YEAR BEFORE, TRADERS TOLD US.",
            "IN AUGUST",
            "2025-08-01",
            "2025-08-31",
        ),
    ],
)
def test_dates_in_a_paragraph_in_capitals_are_found(
    text: str, surface: str, start: str, end: str
) -> None:
    assert (surface, start, end) in surface_spans(text, WED_24_SEP_2025)


def test_the_paragraph_is_read_at_its_own_offsets() -> None:
    text = "THE BOARD OF THE MILL MET ON FRIDAY AND SHED 40 POSTS AT ITS WORKS IN E12 ZONE."
    read = as_written(text)
    assert len(read) == len(text)
    assert read.lower() == text.lower()
    assert "Friday" in read and "E12" in read
    [found] = find_dates(text)
    assert text[found.start : found.end] == "FRIDAY"


@pytest.mark.parametrize(
    "text",
    [
        "KEY FIGURES",  # too short to be a paragraph in capitals
        "The Board met on Friday and shed 40 posts at its works, the union told members.",
        "Output rose in May. THE COUNT IS STILL ROUGH AND COULD CHANGE LATER, IT SAID.",
    ],
)
def test_text_in_mixed_case_is_read_as_it_is(text: str) -> None:
    assert as_written(text) == text
