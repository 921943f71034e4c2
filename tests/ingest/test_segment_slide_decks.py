"""A slide deck converted to text: a converter's marker opens each slide ('--- Slide 3 of 12 ---',
'[Slide 4]', '=== Slide 2 ==='). The markers are the deck's furniture, never its title nor a
teaser's headline over the slide under it; the first slide's first line is the title and every
slide's heading, bullets and notes are the deck's own text."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

DECKS = [
    (
        "[Converted from: port_review_2025.pptx]\n"
        "--- Slide 1 of 4 ---\n"
        "Harbour Throughput Review 2025\n"
        "Prepared for the port users' council\n"
        "Planning Unit, Port Authority · 12 February 2026\n"
        "\n"
        "--- Slide 2 of 4 ---\n"
        "Volumes last year\n"
        "• Containers handled: 1.4 million TEU (+3.2% on 2024)\n"
        "• Bulk cargo: 22 million t\n"
        "Notes: Volumes dipped in August when a crane was out of service for 19 days.\n"
        "\n"
        "--- Slide 3 of 4 ---\n"
        "Berth works\n"
        "• Quay wall extension: 340 m, due in 2027\n"
        "\n"
        "--- Slide 4 of 4 ---\n"
        "Questions?\n",
        "Harbour Throughput Review 2025",
        ["Volumes last year", "• Containers handled: 1.4 million TEU", "Notes: Volumes dipped"],
        "--- Slide 2 of 4 ---",
    ),
    (
        "[Slide 1]\n"
        "Cocoa Season Outlook: Western Districts\n"
        "Briefing for buyers and cooperatives\n"
        "\n"
        "[Slide 2]\n"
        "Harvest so far this season\n"
        "- Beans graded: 212,000 t\n"
        "- Average farm-gate price: 1,820 per bag\n"
        "\n"
        "[Slide 3]\n"
        "What changes in April\n"
        "- Export levy rises to 4%\n",
        "Cocoa Season Outlook: Western Districts",
        ["Harvest so far this season", "- Beans graded: 212,000 t", "What changes in April"],
        "[Slide 3]",
    ),
    (
        "=== Slide 1 ===\n"
        "Rail Freight Corridor Update\n"
        "Ministry of Transport, Logistics Division\n"
        "=== Slide 2 ===\n"
        "Traffic on the corridor\n"
        "Trains a week: 46, up from 31 a year earlier\n"
        "=== Slide 3 ===\n"
        "Funding for the next phase\n"
        "Loan signed: $410 million over 20 years\n",
        "Rail Freight Corridor Update",
        ["Traffic on the corridor", "Trains a week: 46", "Loan signed: $410 million"],
        "=== Slide 2 ===",
    ),
    (
        "Slide 1 of 3\n"
        "Water Tariff Proposal for 2027\n"
        "Board presentation, utilities regulator\n"
        "\n"
        "Slide 2 of 3\n"
        "Why tariffs must rise\n"
        "• Operating costs up 14% since 2023\n"
        "• Unbilled water: 38% of supply\n"
        "\n"
        "Slide 3 of 3\n"
        "The proposal\n"
        "• Household tariff: +6% a year for three years\n",
        "Water Tariff Proposal for 2027",
        ["Why tariffs must rise", "• Unbilled water: 38% of supply", "The proposal"],
        "Slide 3 of 3",
    ),
]


@pytest.mark.parametrize(("page", "title", "body", "marker"), DECKS)
def test_a_deck_is_titled_by_its_first_slide_and_its_slides_are_its_text(
    page: str, title: str, body: list[str], marker: str
) -> None:
    assert segment_text(page).title == title
    for line in body:
        assert kind_of(page, line) == "body", line
    assert kind_of(page, marker) == "boilerplate"


def test_a_slide_marker_is_no_headline_over_a_slide_of_a_page_with_no_title_line() -> None:
    """The marker alone opens the page: the slide's own first line is the title."""
    page = (
        "--- Slide 1 of 2 ---\nFleet Renewal Plan\n\n--- Slide 2 of 2 ---\nNew buses: 120 by 2028\n"
    )
    assert segment_text(page).title == "Fleet Renewal Plan"
