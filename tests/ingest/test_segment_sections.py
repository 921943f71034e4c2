from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segment_text(text).segments]


@pytest.mark.parametrize(
    "heading",
    ["Trade and reserves", "Fiscal outlook", "Removals after court rulings", "Prices at the pump"],
)
def test_a_short_heading_inside_the_article_opens_body_not_a_teaser(heading: str) -> None:
    paragraph = "Exports rose 4% in May, and the central bank added $2 billion to its reserves."
    more = (
        "The ministry said the figures would be revised next month once customs data for the "
        "whole quarter were in, and that it saw no reason to change its forecast for the year."
    )
    text = (
        "A headline about trade and reserves\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n"
        f"{heading}\n{paragraph}\n\n{more}\n"
    )
    assert ("body", f"First paragraph.\n\n{heading}\n{paragraph}\n\n{more}") in kinds(text)


def test_a_full_headline_over_an_excerpt_mid_article_is_still_a_teaser() -> None:
    teaser = "Regulators open an inquiry into the collapse of a regional shipping lender"
    more = (
        "The ministry said the figures would be revised next month once customs data for the "
        "whole quarter were in, and that it saw no reason to change its forecast for the year."
    )
    text = (
        "A headline about trade and reserves\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n"
        f"{teaser}\nThe lender had 40 branches.\n\n{more}\n"
    )
    assert ("related", f"{teaser}\nThe lender had 40 branches.") in kinds(text)
