from __future__ import annotations

from pathlib import Path

from claims.ingest.segment import segment_text


def kinds_of(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for seg in segment_text(text).segments:
        out.setdefault(seg.kind, []).append(text[seg.start : seg.end])
    return out


def test_seed_structure(seeds_dir: Path) -> None:
    text = (seeds_dir / "000_d61fa797c0f56db3.txt").read_text("utf-8")
    structure = segment_text(text)
    kinds = kinds_of(text)
    assert (
        structure.title
        == "South Korea sanctions Russian organizations, individuals over cooperation with Pyongyang"
    )
    assert kinds["byline"][0].startswith("by Dinara Khalilova")
    assert "Getty Images" in kinds["caption"][0]
    body = "\n".join(kinds["body"])
    assert "over 3 million artillery shells" in body
    assert "The U.S. and South Korea announced jointly coordinated sanctions" in body
    related = "\n".join(kinds["related"])
    assert (
        "more than 1,000 containers" in related and "US, South Korea launch task force" in related
    )
    feed = "\n".join(kinds["feed"])
    assert "nearly 85,000 Russian soldiers" in feed and "CIA Director William Burns" in feed
    boiler = "\n".join(kinds["boilerplate"])
    assert (
        "Skip to content" in boiler
        and "* indicates required" in boiler
        and "Successfuly subscribed" in boiler
    )
    assert "1,000 containers" not in body and "85,000" not in body


def test_segments_are_ordered_and_cover_every_line() -> None:
    text = "Ports close after storm\n\nBy Ana Ruiz | Coast Daily | May 2, 2025\n\nThree ports closed on Friday.\nTrade fell.\n\nSubscribe\n"
    segs = segment_text(text).segments
    assert [s.start for s in segs] == sorted(s.start for s in segs)
    covered = "".join(text[s.start : s.end] for s in segs)
    for line in filter(None, (ln.strip() for ln in text.splitlines())):
        assert line in covered
    assert [s.kind for s in segs] == ["title", "byline", "body", "boilerplate"]


def test_plain_text_without_furniture_is_title_and_body() -> None:
    text = "Grain exports rise\n\nExports of grain rose by a fifth in May, officials said.\n"
    assert [s.kind for s in segment_text(text).segments] == ["title", "body"]


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
