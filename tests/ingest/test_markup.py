"""Pages as scrapers and converters save them: Markdown, a text browser's numbered link markers,
a feed item's fields. Their markup is blanked to spaces (offsets hold), so the headline is the
title, the byline gives the day, link texts read as words and link addresses as nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.markup import plain_text
from claims.ingest.segment import segment_text
from claims.ingest.wrapping import reading_text
from tests.ingest.helpers import kind_of

HEADLINE = "Port authority fines two shipping agents over ballast water breaches"
LEAD = (
    "The port authority fined two shipping agents a combined 84,000 dollars on Tuesday after"
    " inspectors found that {link} had discharged untreated ballast water on three occasions"
    " in August, the authority said."
)
MORE = (
    "The agents have 30 days to appeal. Inspections rose to 1,260 last year from 940 in 2024,"
    " and the authority plans to hire 12 more inspectors by June."
)


def markdown_page(top: str, link: str, byline: str) -> str:
    return f"{top}\n\n{byline}\n\n{LEAD.format(link=link)}\n\n{MORE}\n"


@pytest.mark.parametrize(
    ("top", "link", "byline"),
    [
        (
            f"[Home](https://port.example/) > [News](https://port.example/news)\n\n# {HEADLINE}",
            "[four vessels](https://port.example/vessels)",
            "**By Ana Ruiz** | Oct 14, 2025 | 3 min read",
        ),
        (
            f"*Saved by PageKeeper 4.1 on 2025-10-14T09:12:00Z*\n\n{HEADLINE}\n{'=' * 40}",
            "[four vessels][3]",
            "_By Ana Ruiz_ | 14 October 2025",
        ),
        (
            f"* [Home][1]\n* [News][2]\n* [Ports][3]\n\n## {HEADLINE} ##",
            "**four vessels**",
            "By **Ana Ruiz** - 14.10.2025",
        ),
        (
            f"[Skip to content](#main)\n\n# {HEADLINE}\n\n![Tugs at the container quay]"
            "(https://port.example/img/tugs.jpg)",
            '[four vessels](https://port.example/vessels "Vessel list")',
            "Ana Ruiz | **14 October 2025**",
        ),
    ],
)
def test_a_markdown_pages_headline_is_its_title_and_links_read_as_words(
    top: str, link: str, byline: str
) -> None:
    page = markdown_page(top, link, byline) + "\n[3]: https://port.example/vessels\n"
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == HEADLINE
    assert structure.byline.published == dt.date(2025, 10, 14)
    lead = reading_text(page)[page.index("The port authority") :].split("\n")[0]
    assert "four vessels had discharged" in " ".join(lead.split())
    assert "http" not in lead and "[" not in lead and "*" not in lead


def test_markup_is_blanked_to_spaces_and_offsets_hold() -> None:
    page = markdown_page(f"# {HEADLINE}", "[four vessels](https://port.example/v)", "By Ana Ruiz")
    plain = plain_text(page)
    assert len(plain) == len(page)
    assert plain.count("\n") == page.count("\n")
    at = page.index("four vessels")
    assert plain[at : at + len("four vessels")] == "four vessels"
    assert "https" not in plain and "#" not in plain


@pytest.mark.parametrize(
    "quote",
    [
        '> "We will not let the port become a dumping ground."\n> -- Harbour Master Luis Pena',
        "> The authority said the fines were the largest it had imposed.",
        ">> Agents must now file ballast logs 24 hours before arrival.",
        '> **"Every tank is now tested."**',
    ],
)
def test_a_markdown_block_quote_reads_without_its_marks(quote: str) -> None:
    page = markdown_page(f"# {HEADLINE}", "[four vessels](https://port.example/v)", "By Ana Ruiz")
    page += f"\n{quote}\n"
    plain = plain_text(page)
    tail = plain[page.index(quote) :]
    assert ">" not in tail and "**" not in tail


@pytest.mark.parametrize(
    "links",
    [
        "### Also read\n- [Customs seize 2 tonnes of ivory](https://port.example/n/1)\n"
        "- [Dock strike ends after 9 days](https://port.example/n/2)",
        "**Read more:** [Customs seize 2 tonnes of ivory][7] | [Dock strike ends after 9 days][8]",
        "## Related\n* [Customs seize 2 tonnes of ivory](/n/1)\n* [Dock strike ends after 9 days](/n/2)",
        "**More from Ports:**\n\n- [Customs seize 2 tonnes of ivory](https://port.example/n/1)\n"
        "- [Dock strike ends after 9 days](https://port.example/n/2)",
    ],
)
def test_a_markdown_related_list_is_no_body(links: str) -> None:
    page = markdown_page(f"# {HEADLINE}", "[four vessels](https://port.example/v)", "By Ana Ruiz")
    page += f"\n{links}\n"
    assert kind_of(page, "Customs seize 2 tonnes") not in ("body", "title")


@pytest.mark.parametrize(
    ("picture", "alt"),
    [
        (
            "![Two tugs guide a tanker into the harbour](https://port.example/img/tugs.jpg)",
            "Two tugs guide a tanker into the harbour",
        ),
        (
            "![The authority's offices on the quay, 2024](/media/quay-offices.png)",
            "The authority's offices on the quay, 2024",
        ),
        (
            "![Chart: ballast water fines by year](https://port.example/charts/fines.svg)",
            "Chart: ballast water fines by year",
        ),
        (
            "  ![Inspectors board a bulk carrier at berth 7](https://cdn.port.example/b7.webp)",
            "Inspectors board a bulk carrier at berth 7",
        ),
    ],
)
def test_a_markdown_pictures_alt_text_is_its_caption_not_the_story(picture: str, alt: str) -> None:
    page = markdown_page(
        f"# {HEADLINE}",
        "[four vessels](https://port.example/vessels)",
        f"**By Ana Ruiz** | Oct 14, 2025\n\n{picture}",
    )
    assert kind_of(page, alt) == "caption"
    assert kind_of(page, "The agents have 30 days") == "body"
    assert segment_text(page).title == HEADLINE


def test_a_markdown_tables_separator_row_is_blank() -> None:
    table = "| Year | Inspections |\n|---|---:|\n| 2024 | 940 |\n| 2025 | 1,260 |"
    page = markdown_page(f"# {HEADLINE}", "[four vessels](https://port.example/v)", "By Ana Ruiz")
    page += f"\n{table}\n"
    plain = plain_text(page)
    assert "---" not in plain
    assert "| 2025 | 1,260 |" in plain


LINKED = (
    "[1]Skip to content\n[2]Coast Times  [3]News  [4]Business  [5]Sport\n"
    "{headline}\n   By [6]Ana Ruiz\n   14 October 2025, 09:40\n\n"
    "   The port authority fined two shipping agents a combined 84,000 dollars on Tuesday, the"
    " authority said[{n}], after inspectors found untreated ballast water on three ships.\n\n"
    "   Inspections rose to 1,260 last year[{m}] from 940 in 2024.\n\n"
    "References\n\n   Visible links\n   1. https://coast.example/#main\n"
    "   2. https://coast.example/\n   3. https://coast.example/news\n"
    "   4. https://coast.example/business\n   5. https://coast.example/sport\n"
)


@pytest.mark.parametrize(
    ("headline", "n", "m"),
    [
        (HEADLINE, 7, 8),
        ("Ballast water: two agents fined", 12, 13),
        ("FINES FOR TWO SHIPPING AGENTS", 21, 22),
        ("Two agents fined 84,000 dollars over ballast water", 9, 10),
    ],
)
def test_a_text_browsers_link_markers_and_link_list_are_blank(
    headline: str, n: int, m: int
) -> None:
    page = LINKED.format(headline=headline, n=n, m=m)
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == headline
    assert structure.byline.published == dt.date(2025, 10, 14)
    plain = plain_text(page)
    assert f"[{n}]" not in plain and "https://coast.example/news" not in plain
    assert kind_of(page, "Inspections rose") == "body"


FEED = (
    "channel: Coast Times - Ports\nchannel link: https://coast.example/ports\n"
    "lastBuildDate: Tue, 14 Oct 2025 11:02:00 +0000\n---\nitem\ntitle: {headline}\n"
    "link: https://coast.example/ports/4411\nguid: coast-4411\n"
    "pubDate: Tue, 14 Oct 2025 09:40:00 +0000\ncategory: Ports\n"
    "description: <![CDATA[<p>{lead}</p>\n\n<p>{more}</p>]]>\n---\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        HEADLINE,
        "Two shipping agents fined over ballast water",
        "Ballast breaches cost agents 84,000 dollars",
        "Port authority issues record ballast fines",
    ],
)
def test_a_feed_items_title_is_the_headline_and_its_description_the_body(headline: str) -> None:
    lead = LEAD.format(link="four vessels")
    page = FEED.format(headline=headline, lead=lead, more=MORE)
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == headline
    assert structure.byline.published == dt.date(2025, 10, 14)
    assert kind_of(page, "The port authority fined") == "body"
    assert "<p>" not in plain_text(page) and "coast-4411" not in plain_text(page)


@pytest.mark.parametrize(
    "page",
    [
        f"{HEADLINE}\n\n[31] The tribunal found that the agents had been warned twice.\n\n{MORE}\n",
        f"{HEADLINE}\n\n> Forwarded note: the fines total 84,000 dollars.\n\n{MORE}\n",
        f"{HEADLINE}\n\nFines rose 12%* in the year.\n\n* provisional figure\n\n{MORE}\n",
        f"{HEADLINE}\n\nSee www.port.example/fines [PDF] for the list (2_025 entries).\n\n{MORE}\n",
    ],
)
def test_a_page_without_markup_is_read_as_it_is(page: str) -> None:
    assert plain_text(page) == page
