"""Segmenter: the headline above the byline; what sits above it is page furniture."""

from __future__ import annotations

from claims.segment import segment_text


def kinds(text: str) -> list[tuple[str, str]]:
    structure = segment_text(text)
    return [(s.kind, text[s.start : s.end]) for s in structure.segments]


def test_site_name_and_section_labels_above_the_headline_are_furniture() -> None:
    text = (
        "Global Affairs Canada\nNews release\nWorld | Politics\n\n"
        "Canada lists new targets on invasion anniversary\n\n"
        "By Jane Roe | Example Outlet | February 24, 2024\n\nThe body starts here.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Canada lists new targets on invasion anniversary"
    assert structure.byline.published is not None and structure.byline.outlet == "Example Outlet"
    assert kinds(text)[0] == (
        "boilerplate",
        "Global Affairs Canada\nNews release\nWorld | Politics",
    )
    assert kinds(text)[-1] == ("body", "The body starts here.")


def test_a_live_kicker_above_the_headline_does_not_make_the_page_a_feed() -> None:
    text = (
        "Live updates\nRussia fires drones at the grid\n\nby Jo Poe March 4, 2026 8:15 AM\n\nOk.\n"
    )
    assert [k for k, _ in kinds(text)] == ["boilerplate", "title", "byline", "body"]


def test_a_body_sentence_starting_with_by_is_not_a_byline() -> None:
    text = (
        "Headline of the story here\n\n"
        "By the end of the week, officials said, the ships had left the port.\n\nMore text.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Headline of the story here"
    assert [k for k, _ in kinds(text)] == ["title", "body"]


def test_a_first_paragraph_is_body_not_title() -> None:
    first = (
        "The United States on Thursday lifted sanctions on the national airline, allowing it "
        "to buy spare parts and service its fleet of aircraft, after the release of prisoners."
    )
    structure = segment_text(first + "\n\nSecond paragraph.\n")
    assert structure.title is None
    assert [s.kind for s in structure.segments] == ["body"]


def test_related_content_and_newsletter_promos_are_furniture() -> None:
    text = (
        "A headline for the page\n\nBy Al Roe | Outlet | May 20, 2025\n\nBody text.\n\n"
        "Newsletter\nGet the Asia Briefing in your inbox every weekday morning.\n\n"
        "Related content\nAnother story about other sanctions here\nIts excerpt line.\n"
    )
    assert kinds(text)[-1][0] == "boilerplate"
    assert "Get the Asia Briefing" in kinds(text)[-1][1]
