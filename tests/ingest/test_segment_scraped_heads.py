"""A page saved with its head's machine-readable metadata left above the text (a JSON-LD
NewsArticle block, Open Graph or meta lines): those lines are boilerplate, the page's own
headline (set under them in whatever case) is the title and the story under it is body; the
publication day, the authors and the outlet come from the head."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.scraped import scraped_head
from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

STORY = (
    "The port authority said on Tuesday that container traffic rose 7% in the first half of the"
    " year to 1.4 million boxes, helped by two new shipping lines calling at the harbour.\n"
    "Revenue climbed to €212 million, and the authority plans to spend €40 million on a second"
    " quay by 2028, its chairman told reporters.\n"
    "Share: Facebook · X · Email\n"
    "Related\n"
    "Dock workers vote on new shift pattern\n"
    "Ferry operator adds winter sailings\n"
)

PAGES = {
    "one-line JSON-LD, then Open Graph lines": (
        '<script type="application/ld+json">\n'
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port traffic rises'
        ' 7% as new lines call","datePublished":"2026-07-14T08:30:00+02:00","author":{"@type":'
        '"Person","name":"Lena Vogt"},"publisher":{"@type":"Organization","name":"Harbour'
        ' Daily"}}\n'
        "</script>\n"
        "og:title: Port traffic rises 7% as new lines call\n"
        "og:description: Container volumes grew to 1.4 million boxes in the first half.\n"
        "og:url: https://harbourdaily.example/port-traffic-rises\n"
        "HARBOUR DAILY\nNews · Business · Sport\n"
        "port traffic rises 7% as new lines call\n"
        "By Lena Vogt · 14 July 2026, 08:30\n",
        dt.date(2026, 7, 14),
        ("Lena Vogt",),
    ),
    "pretty-printed JSON-LD graph with two authors": (
        '<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n'
        '  "@graph": [\n    {"@type": "WebPage", "name": "Business"},\n'
        '    {"@type": "NewsArticle",\n     "headline": "Port Traffic Rises 7% As New Lines Call",\n'
        '     "datePublished": "2025-11-03",\n'
        '     "author": [{"@type": "Person", "name": "Ana Pires"}, "Rui Costa"]}\n  ]\n}\n'
        "</script>\n\n"
        "Port Traffic Rises 7% As New Lines Call\n",
        dt.date(2025, 11, 3),
        ("Ana Pires", "Rui Costa"),
    ),
    "meta tags": (
        '<meta property="og:title" content="Port traffic rises 7% as new lines call">\n'
        '<meta property="article:published_time" content="2026-02-20T17:05:00Z">\n'
        '<meta name="article:author" content="Tomas Berg">\n'
        "Port traffic rises 7% as new lines call\n",
        dt.date(2026, 2, 20),
        ("Tomas Berg",),
    ),
    "Open Graph lines alone, the headline in capitals on the page": (
        "og:site_name: Coast Courier\n"
        "og:title: Port traffic rises 7% as new lines call\n"
        "article:published_time: 2025-09-09T06:00:00+01:00\n"
        "og:image: https://coastcourier.example/img/quay-1200x630.jpg\n"
        "COAST COURIER\n"
        "PORT TRAFFIC RISES 7% AS NEW LINES CALL\n"
        "Staff reporter\n",
        dt.date(2025, 9, 9),
        (),
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_scraped_head_is_boilerplate_and_the_story_under_it_is_body(name: str) -> None:
    top, day, authors = PAGES[name]
    page = top + STORY
    structure = segment_text(page)
    assert structure.title is not None
    assert structure.title.casefold() == "port traffic rises 7% as new lines call"
    assert page.count(structure.title) >= 1
    assert structure.byline.published == day
    if authors:
        assert structure.byline.authors == list(authors)
    assert kind_of(page, page.splitlines()[0]) == "boilerplate"
    for words in ("The port authority said", "Revenue climbed to"):
        assert kind_of(page, words) == "body", words
    assert kind_of(page, "Ferry operator adds winter sailings") == "related"


def test_the_head_names_the_outlet_when_the_page_does_not() -> None:
    top, _, _ = PAGES["one-line JSON-LD, then Open Graph lines"]
    assert segment_text(top + STORY).byline.outlet == "Harbour Daily"


@pytest.mark.parametrize(
    "page",
    [
        # a script that never closes is no head: the page keeps its lines
        '<script type="application/ld+json">\n{"headline": "Port traffic rises"\n' + STORY,
        # a label with a colon in the story's text is no head line
        "Port traffic rises 7% as new lines call\n" + STORY,
        # metadata lines under the story's first line are not the page's head
        "Port traffic rises 7% as new lines call\nog:title: Port traffic rises\n" + STORY,
    ],
)
def test_a_page_with_no_head_at_its_top_keeps_its_lines(page: str) -> None:
    assert scraped_head(page.splitlines()).lines == 0


def test_the_headline_the_head_names_is_the_title_though_a_longer_line_follows() -> None:
    """A short headline set first under the head, a longer dek under it: the head names the
    headline, so the page line that sets it is the title, not the dek."""
    page = (
        "og:title: Strike Over\n"
        "article:published_time: 2026-01-08T10:00:00Z\n"
        "Strike Over\n"
        "Dock workers vote to return after nine days off the quays\n" + STORY
    )
    assert segment_text(page).title == "Strike Over"
