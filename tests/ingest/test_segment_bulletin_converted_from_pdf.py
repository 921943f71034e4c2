"""A ministry's weekly bulletin copied out of a PDF: its name closing on its number, under the
issuer's names and over its period and issue-date line, is the title; the issue date dates it and
the period it covers is its own claim; hard breaks cut its paragraphs mid-sentence, a running
footer and the bulletin's name as the next page's head cut them at a page break, and its price
table has a caption and a row of column heads: all of it is the bulletin's text, no teasers."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "[Converted from PDF: bulletin.pdf – 4 pages]\n"
    "MINISTRY OF FISHERIES AND OCEANS\n"
    "Coastal Catch Monitoring Service (CCMS)\n"
    "{name}\n"
    "{period}          {issued}\n"
    "Unofficial translation\n"
    "\n"
    "1. DEMERSAL FISH\n"
    "In the reporting week the average first-sale price of cod was EUR 3.84 per kg, 1.9% lower than"
    " in the previous week and 7.4% higher than a\n"
    "year earlier. Haddock sold at EUR 2.61 per kg and hake at EUR 1\n"
    "120 per tonne.\n"
    "The winter season closed in the northern zone on 2 March, about ten days earlier than usual.\n"
    "\n"
    "2. SHELLFISH\n"
    "Mussel landings reached 412 tonnes, down 3.3% on the week. Prices have now risen for four"
    " straight weeks, since a toxin alert shut two bays on 11 February, after which\n"
    "CCMS – MFO | {name} | Page 2 of 4\n"
    "{name}\n"
    "three processors cut their orders. Oyster sales in February totalled 1.1 million pieces, a"
    " rise of 6.0% on January.\n"
    "\n"
    "3. PRICE TABLE\n"
    "{caption}\n"
    "Species | Unit | This week | Last week | Change %\n"
    "Cod | EUR/kg | 3.84 | 3.91 | -1.9\n"
    "Mussels | EUR/kg | 1.42 | 1.38 | 2.9\n"
    "Source: CCMS.\n"
    "CCMS – MFO | {name} | Page 4 of 4\n"
)

CASES = [
    (
        "Weekly Catch Bulletin No. 9/2026",
        "Reporting week: 2–8.03.2026",
        "Date of issue: 11.03.2026",
        "Table 1. First-sale prices, week 10",
    ),
    (
        "Fish Market Report Nr 9/2026",
        "Reference week: 2–8 March 2026",
        "Issued: 11 March 2026",
        "Table 3: First-sale prices by species",
    ),
    (
        "Landings Monitor No. 09/2026",
        "Review week: 02.03–08.03.2026",
        "Published: 11.03.2026",
        "Figure 2 – Prices of the week",
    ),
    (
        "Coastal Prices Bulletin Number 9",
        "Reporting period: 2–8 March 2026",
        "Date of publication: 11 March 2026",
        "Table 2. Prices this week",
    ),
]


@pytest.mark.parametrize(("name", "period", "issued", "caption"), CASES)
def test_a_converted_bulletin_reads_as_its_own_text(
    name: str, period: str, issued: str, caption: str
) -> None:
    page = PAGE.format(name=name, period=period, issued=issued, caption=caption)
    structure = segment_text(page)
    assert structure.title == name
    assert structure.byline.published == dt.date(2026, 3, 11)
    assert kind_of(page, period) in ("body", "title")  # the period it covers: its own claim
    for line in (
        "year earlier. Haddock sold",
        "120 per tonne.",
        "The winter season closed",
        "Mussel landings reached",
        "three processors cut",
        caption,
        "Species | Unit",
        "Cod | EUR/kg",
    ):
        assert kind_of(page, line) == "body", line
    assert kind_of(page, "Unofficial translation") != "body"


def test_a_numbered_release_over_its_headline_gives_way_to_the_headline() -> None:
    page = (
        "Ministry of Ports and Shipping\n"
        "Home > Media > Press releases\n"
        "Press Release No. 4/2026\n"
        "Harbourtown, 3 March 2026\n"
        "\n"
        "Container traffic rises 8% in 2025 as new berth opens\n"
        "\n"
        "The ministry said on Tuesday that the port handled 1.4 million containers last year.\n"
    )
    assert segment_text(page).title == "Container traffic rises 8% in 2025 as new berth opens"
