from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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


# ------------------------------------------------ page metadata, headlines, fact boxes, boxes


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ("date 2025-03-12", "2025-03-12"),
        ("Last updated: 14.03.2025 09:12", "2025-03-14"),
        ("Published on 4 April 2025 | Last updated: 06.04.2025 14:05", "2025-04-04"),
        ("Input : 2024-01-12 14:05 | Updated : 2024-01-13 16:20", "2024-01-12"),
        ("Press release | Ministry of Trade | 21.03.2025", "2025-03-21"),
        ("Monday, 24 February 2025, 5:12 pm", "2025-02-24"),
    ],
)
def test_a_metadata_line_is_byline_and_gives_the_publication_date(
    meta: str, published: str
) -> None:
    text = (
        f"HARBOUR GAZETTE\nHome | Ports | Opinion\n\nDockers strike over pay at three grain terminals\n"
        f"{meta}\nBy Lars Berg\n\nThe strike began on Monday, the union said.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Dockers strike over pay at three grain terminals"
    assert str(structure.byline.published) == published
    assert ("byline", meta) in kinds(text) or ("byline", f"{meta}\nBy Lars Berg") in kinds(text)
    assert kinds(text)[-1] == ("body", "The strike began on Monday, the union said.")


def test_a_metadata_line_above_the_headline_still_dates_the_page() -> None:
    text = "date 2024-10-02\nTHE LEDGER\n\nRefinery fire halts fuel exports from the port\n\nBy A. Roe\n\nFire crews worked overnight.\n"
    structure = segment_text(text)
    assert str(structure.byline.published) == "2024-10-02"
    assert structure.title == "Refinery fire halts fuel exports from the port"
    assert kinds(text)[0][0] == "boilerplate"


def test_a_relative_update_stamp_does_not_hide_the_dated_byline() -> None:
    text = (
        "LIVE\nFloods live: rivers burst their banks across the south\nUpdated 2 hours ago\n"
        "By Mia Holt | Southern Post | June 3, 2025\n\n10:05\nRain fell all night.\n"
    )
    structure = segment_text(text)
    assert str(structure.byline.published) == "2025-06-03"
    assert structure.byline.authors == ["Mia Holt"]
    assert [k for k, _ in kinds(text)] == ["boilerplate", "title", "byline", "boilerplate", "body"]


@pytest.mark.parametrize(
    "labels",
    [
        "THE PACIFIC LEDGER\nPolitics | Economy | Asia\n\nSanctions",
        "Your privacy matters to us\nWe and our partners use cookies on this site.\nAccept all | Reject all\nTHE OBSERVER\nInvestigations",
        "Ministry for Foreign Affairs\nMedia release",
        "Markets / Energy\nNews   World   Business",
    ],
)
def test_a_headline_under_site_names_and_section_labels_is_the_title(labels: str) -> None:
    text = (
        f"{labels}\n\nTanker insurers raise war-risk premiums again\n"
        "A standfirst that explains the story in a sentence\nBy Jo Lane | 2 May 2024\n\nBody.\n"
    )
    structure = segment_text(text)
    assert structure.title == "Tanker insurers raise war-risk premiums again"
    assert ("body", "A standfirst that explains the story in a sentence") in kinds(text)
    assert kinds(text)[0][0] == "boilerplate"


@pytest.mark.parametrize(
    "box",
    [
        "Key points\n- Ports closed for two days after the storm hit\n- Losses put at EUR 40m",
        "At a glance\n2023: 410 ship calls\n2024: 388 ship calls\nSource: port authority",
        "Key figures (as of 3 May)\nGDP, first quarter: +1.2% y/y\nKey rate: 16%",
        "Incident summary\nShip: NORD STAR | Flag: Malta | Crew: 19 | Injured: 2",
        "The list includes:\n- 12 tankers flagged in Gabon and Comoros;\n- four ship managers in Dubai;",
    ],
)
def test_fact_boxes_and_lists_are_body_not_teasers(box: str) -> None:
    text = f"A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n{box}\n\nLast paragraph.\n"
    assert ("body", f"First paragraph.\n\n{box}\n\nLast paragraph.") in kinds(text)


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: NTB",
        "The trawler SEA OWL in Tromso harbour on 12 March. Photo: NTB",
        "A cargo ship leaves the port of Rajin in 2023. (Daily Herald Photo)",
        "Tankers at anchor off Fujairah in April. (Agency photo)",
        "Photo caption: The KAPRIS at anchor off Porvoo. Photo: Coast Guard",
    ],
)
def test_captions_are_captions(caption: str) -> None:
    text = f"A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n{caption}\n\nLast.\n"
    assert ("caption", caption) in kinds(text)


def test_a_newsletter_box_and_a_related_item_are_not_body() -> None:
    text = (
        "A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n"
        "Shipping Weekly\nOur free newsletter, every Friday: 40 ports compared.\nSign up\n\n"
        "Related: Insurers quit the Black Sea\nRates rose 12% this week.\n\nLast paragraph.\n"
    )
    got = kinds(text)
    assert (
        "boilerplate",
        "Shipping Weekly\nOur free newsletter, every Friday: 40 ports compared.\nSign up",
    ) in got
    assert ("related", "Related: Insurers quit the Black Sea\nRates rose 12% this week.") in got
    assert got[-1] == ("body", "Last paragraph.")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share on Facebook", "boilerplate"),
        ("WhatsApp", "boilerplate"),
        ("Comments (12)", "boilerplate"),
        ("Story continues below advertisement", "boilerplate"),
        ("Image source, Getty Images", "caption"),
        ("Image caption, Rescuers search the rubble in Dnipro", "caption"),
        ("Photo credit: Defence ministry", "caption"),
    ],
)
def test_share_buttons_and_image_credits_are_furniture(line: str, kind: str) -> None:
    text = f"A headline about ports and storms\n\nBy Ed Poe | 4 May 2024\n\nFirst paragraph.\n\n{line}\n\nLast.\n"
    assert (kind, line) in kinds(text)
    assert kinds(text)[-1] == ("body", "Last.")


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "Grain exports rise\nShipments of wheat and maize rose by a fifth in May",
            "Grain exports rise",
        ),
        (
            "Ports close after storm\nThree terminals shut as winds reach 120 km/h",
            "Ports close after storm",
        ),
        (
            "Kyiv bans 40 tankers\nThe list targets ships that carry Russian crude",
            "Kyiv bans 40 tankers",
        ),
        (
            "Business News\nMinisters approve a new fuel tax for trucks",
            "Ministers approve a new fuel tax for trucks",
        ),
    ],
)
def test_a_short_headline_is_not_taken_for_a_section_label(top: str, title: str) -> None:
    text = f"{top}\nBy Jo Lane | 2 May 2024\n\nBody text follows here.\n"
    assert segment_text(text).title == title


@pytest.mark.parametrize(
    "stamp",
    ["Posted 13/03/2025", "March 13th, 2025", "Last modified on Thu 13 Mar 2025 14.05 GMT"],
)
def test_stamp_lines_are_metadata_that_fill_published(stamp: str) -> None:
    page = (
        f"Navy seizes three tankers off the coast\n{stamp}\nThe navy seized 3 tankers on Monday.\n"
    )
    structure = segment_text(page)
    kinds = {page[s.start : s.end].strip(): s.kind for s in structure.segments}
    assert kinds[stamp] == "byline"
    assert structure.byline.published == dt.date(2025, 3, 13)
