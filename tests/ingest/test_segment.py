"""The segmenter's basic contract: the seed's structure, ordered segments covering every line,
plain text as title and body, and a first paragraph that is body."""

from __future__ import annotations

from pathlib import Path

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kinds_of


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


def test_a_first_paragraph_is_body_not_title() -> None:
    first = (
        "The United States on Thursday lifted sanctions on the national airline, allowing it "
        "to buy spare parts and service its fleet of aircraft, after the release of prisoners."
    )
    structure = segment_text(first + "\n\nSecond paragraph.\n")
    assert structure.title is None
    assert [s.kind for s in structure.segments] == ["body"]
