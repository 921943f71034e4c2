"""A page told by its pictures' captions alone (a photo agency's caption feed, a gallery): with
no running paragraph of its own, its captions are its body, while the feed's header, the
pictures' number lines and the usage terms stay furniture. A story's own paragraphs beside a
few captions leave them captions."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

CAPTIONS = [
    "LISBON, Portugal - Dockers march past the port gates on Monday, May 4, 2026, on the third"
    " day of a strike that has left about 40 ships waiting offshore. (Photo: Inês Cardoso/IberPix)",
    "LISBON, Portugal - Containers stand stacked at the Alcântara terminal, which handled"
    " 1.1 million boxes last year. (Photo: Inês Cardoso/IberPix)",
    "SETÚBAL, Portugal - A car carrier waits at anchor off the harbour, where exports of new"
    " vehicles fell 12% in April. (Photo: Rui Matos/IberPix)",
    "LISBON, Portugal - Union leaders speak to reporters after talks broke up without a deal,"
    " May 3, 2026. (Photo: Rui Matos/IberPix)",
]


def feed(number: str, restrictions: str) -> str:
    lines = [
        "IBERPIX PHOTO SERVICE · CAPTION FEED",
        "PORTUGAL-PORTS/ STRIKE - Dockers widen walkout",
    ]
    for n, caption in enumerate(CAPTIONS, 1):
        lines += [number.format(n=n, total=len(CAPTIONS)), caption]
    return "\n".join([*lines, restrictions]) + "\n"


@pytest.mark.parametrize(
    ("number", "restrictions"),
    [
        ("PIX 2026-05-04-0{n}17 | {n}/{total}", "Restrictions: EDITORIAL USE ONLY. NO SALES."),
        ("Photo {n} of {total}", "MANDATORY CREDIT. Editorial use only; no archiving."),
        (
            "PIC 55{n}1 · {n}/{total}",
            "Usage terms: editorial use only, not for sale to third parties.",
        ),
        ("Image {n}/{total}", "No sales. No archiving after 30 days."),
    ],
)
def test_a_page_of_captions_alone_reads_its_captions_as_body(
    number: str, restrictions: str
) -> None:
    page = feed(number, restrictions)
    structure = segment_text(page)
    assert structure.title == "PORTUGAL-PORTS/ STRIKE - Dockers widen walkout"
    for caption in CAPTIONS:
        assert kind_of(page, caption[:40]) == "body"
    assert kind_of(page, number.format(n=2, total=len(CAPTIONS))) == "boilerplate"
    assert kind_of(page, restrictions) == "boilerplate"


def test_a_feed_dates_itself_by_its_filed_line() -> None:
    page = feed("PIX {n}/{total}", "Restrictions: editorial use only").replace(
        "CAPTION FEED\n", "CAPTION FEED\nChannel: Europe / Business | Filed: 4 May 2026 18:02 UTC\n"
    )
    assert segment_text(page).byline.published == dt.date(2026, 5, 4)


def test_captions_beside_a_story_of_its_own_stay_captions() -> None:
    story = (
        "Port strike widens as talks collapse\n"
        "Dockers at Portugal's three largest ports extended their strike on Monday after talks"
        " with the operators broke up without a deal, leaving about 40 ships waiting offshore"
        " and exporters counting the cost.\n"
    )
    page = story + "\n".join(CAPTIONS[:3]) + "\n"
    for caption in CAPTIONS[:3]:
        assert kind_of(page, caption[:40]) == "caption"


@pytest.mark.parametrize(
    ("header", "slugged"),
    [
        (
            "FEED: NEWS / PORTS · 4 pictures · Moved 04/05/2026 17:20 WEST",
            "PORTUGAL-PORTS/ — Dockers widen walkout",
        ),
        (
            "Feed: Business · 4 pictures · Moved 04/05/2026 17:20",
            "LISBON-STRIKE/ - Dockers widen walkout",
        ),
        (
            "FEED: ECONOMY · 4 images",
            "PORTS/ — Dockers widen walkout to a third day",
        ),
        (
            "Feed: Europe / Transport · Moved 4 May 2026",
            "PORTUGAL-DOCKS/STRIKE — Walkout leaves ships offshore",
        ),
    ],
)
def test_a_feed_line_under_the_agency_gives_way_to_the_slugged_headline(
    header: str, slugged: str
) -> None:
    """The feed's labelled line (its desk, its count of pictures, when it moved) under the
    agency's name is the feed's metadata; the slug and headline under it are the title, the
    slug read as no site's name beside a tagline."""
    lines = ["IBERPIX PICTURE AGENCY (IPX) — PHOTO SERVICE", header, slugged]
    for n, caption in enumerate(CAPTIONS, 1):
        lines += [f"PIX 2026-05-04-0{n}17 | {n}/{len(CAPTIONS)}", caption]
    page = "\n".join(lines) + "\n"
    assert segment_text(page, dt.date(2026, 12, 1)).title == slugged
    assert kind_of(page, header) != "body"
