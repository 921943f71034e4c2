"""An aggregator's search page: the result count over the editors' own digest is furniture, each
result's headline over its source line (outlet, address and section path, then a day or an age)
and its snippet is another story's teaser whatever its punctuation, and the pagination, the
suggested searches and the site's trending list are no part of the digest."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TOP = (
    "NEWSWHEEL  ·  Every source, one page\n"
    "[ harbour dredging contract ] 🔍\n\n"
    "{count}\n\n"
    "DIGEST · compiled by the editors · updated Mon, 2 Mar 2026, 09:00\n"
    "Harbour dredging: the story so far\n"
    "The port authority has paid 40% of the dredging contract so far, and the second phase is due"
    " to start in April after a delay of five months, the authority said.\n\n"
)
RESULTS = (
    "Dredger returns to the east channel after repairs\n"
    "Bay Herald · bayherald.example › port · 2 days ago\n"
    "… the dredger resumed work on Friday after its pump was replaced at a cost of $1.2 million.\n\n"
    "{head}\n"
    "{source}\n"
    "… the board said 3.4 million cubic metres of silt had been removed in the first phase, while"
    " fishermen said their catch fell.\n\n"
    "{pages}\n\n"
    "{searches}\n"
    "TRENDING ON NEWSWHEEL\n"
    "1. Storm leaves 12 without power in the valley\n"
    "2. Bus fares up 8% from next month\n"
)


@pytest.mark.parametrize(
    ("count", "head", "source", "pages", "searches"),
    [
        (
            'About 1,140 results for "harbour dredging contract"',
            "Dredging: 3.4 million cubic metres removed, fishermen count the cost",
            "Coast Ledger · coastledger.example › business · Feb 20, 2026",
            "‹ Prev   1  2  3  …  114   Next ›",
            "People also searched: dredging tender · harbour silt 2025",
        ),
        (
            "612 results",
            "Port board: silt removal ahead of plan",
            "The Quay Times | quaytimes.example/news › port | 18 February 2026",
            "Previous  1  2  3  4  Next",
            "Related searches: dredging contract award",
        ),
        (
            "Results 1-10 of about 96",
            "Silt, cost and catch: the first phase in figures",
            "Delta Post · www.deltapost.example › economy › ports · 3 weeks ago",
            "« Prev 1 2 … 10 Next »",
            "People also ask: when does the second phase start?",
        ),
        (
            "About 58 results for dredging",
            "Fishermen: catch down since dredging began",
            "Lagoon Wire · lagoonwire.example · Feb 11, 2026",
            "‹ Previous 1 2 3 4 5 6 Next ›",
            "Searches related to harbour dredging: silt disposal site",
        ),
    ],
)
def test_a_search_pages_results_are_teasers_and_its_furniture_no_body(
    count: str, head: str, source: str, pages: str, searches: str
) -> None:
    page = TOP.format(count=count) + RESULTS.format(
        head=head, source=source, pages=pages, searches=searches
    )
    assert segment_text(page).title == "Harbour dredging: the story so far"
    assert kind_of(page, count) == "boilerplate"
    assert kind_of(page, head) == "related"
    assert kind_of(page, "3.4 million cubic metres") == "related"
    assert kind_of(page, pages) == "boilerplate"
    assert kind_of(page, searches) == "boilerplate"
    assert kind_of(page, "Storm leaves 12") == "related"
    assert kind_of(page, "The port authority has paid 40%") == "body"
