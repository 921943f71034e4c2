"""A news site's search results page: the search box, the result tabs, the filter drop-downs, the
result count and the pager are furniture, the newsdesk's summary at the top is the page's own
text under its title, and each result (its headline over its address, its date and its snippet)
is a teaser of another page, a year opening its headline or not."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TOPS = [
    (
        "Search: [ port strike wages ] [Search]",
        "All   News   Video   Opinion     Sort by: Relevance | Newest",
        "Date: Any time ▾   Section: All ▾",
        "About 312 results (0.27 seconds)",
    ),
    (
        "Search: [ grain corridor ] [Go]",
        "All | News | Photos | Sort by: Date",
        "Period: Past week ▾",
        "48 results found",
    ),
    (
        "Search [ fishing quota ]",
        "News   Audio   Video   Sort by: Relevance",
        "Time: Past year ▾    Region: Coast ▾",
        "Showing results 1-10 of 2,031",
    ),
    (
        "search: [ bridge tolls ] [ Find ]",
        "All  Stories  Topics  sort by: newest",
        "Topic: Transport ▾",
        "Over 90 results",
    ),
]
SUMMARY = "Topic overview — dockworkers' strike at the southern ports"
RESULTS = [
    ("2019 strike: what the last stoppage cost", "harbourtimes.example › Archive", "4 Mar 2019"),
    ("Dockers reject 6% offer as talks stall", "harbourtimes.example › Business", "2 Jun 2026"),
    (
        "Ferry operators warn of 40 cancelled sailings",
        "www.harbourtimes.example › Travel",
        "1 Jun 2026",
    ),
]


@pytest.mark.parametrize("top", TOPS)
def test_search_results_are_teasers_under_the_page_s_own_summary(
    top: tuple[str, str, str, str],
) -> None:
    box, tabs, filters, count = top
    results = "\n\n".join(
        f"{head}\n{address}\n{day} · 10:15\n... the union said 1,800 members would stay out ..."
        for head, address, day in RESULTS
    )
    page = (
        f"HARBOUR TIMES\n{box}\n{tabs}\n{filters}\n{count}\n\n"
        f"{SUMMARY}\nSummary by the Harbour Times newsdesk · Updated 3 Jun 2026, 08:00\n"
        "About 1,800 dockworkers have stayed off the job since Monday after the port operator"
        " offered a 4% raise, and 23 ships are waiting at anchor outside the two terminals.\n\n"
        f"{results}\n\n1  2  3  4  …  Next ›\n"
    )
    structure = segment_text(page)
    assert structure.title == SUMMARY
    assert kind_of(page, "About 1,800 dockworkers") == "body"
    for line in (box, tabs, filters, count, "1  2  3  4"):
        assert kind_of(page, line) == "boilerplate", line
    for head, _, _ in RESULTS:
        assert kind_of(page, head) == "related", head
