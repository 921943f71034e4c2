"""A story saved from a site's printer-friendly view: the browser's "Printed from <address> on
<time>" line over the page is no headline, and the footer it sets at each page break ("--- Page 2
of 3 --- <address> --- <time> ---") is no line of the story, which runs on over it."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Port authority fines two tug operators over night-time fuel transfers"
PRINTED = [
    "Printed from https://www.harbourdaily.example/en/ports/tug-fines-n4410 on 03/02/2026, 09:15",
    "Printed from www.coastwatch.example/story/88123 at 2026-02-03 09:15",
    "Print version of https://news.example.org/a/tug-fines",
    "Printed from https://www.harbourdaily.example/en/ports/tug-fines-n4410",
]
FOOTERS = [
    "--- Page {n} of 2 --- https://www.harbourdaily.example/en/ports/tug-fines-n4410 --- 3/2/26, 09:15 ---",
    "--- Page {n} of 2 --- www.coastwatch.example/story/88123 ---",
    "=== Page {n} of 2 === news.example.org/a/tug-fines ===",
    "--- Page {n} of 2 --- https://www.harbourdaily.example/en/ports/tug-fines-n4410 --- 09:15 ---",
]


def page(printed: str, footer: str) -> str:
    return (
        f"{printed}\nHARBOUR DAILY\n\n{HEADLINE}\n\n"
        "By Tomas Reyes | 3 February 2026\n\n"
        "The port authority fined two tug operators a total of $84,000 on Monday for moving fuel"
        " between vessels after dark without a permit, and suspended the licence of a\n"
        f"{footer.format(n=1)}\n"
        "third operator for 30 days.\n\n"
        "Both operators said they would appeal.\n"
        f"{footer.format(n=2)}\n"
    )


@pytest.mark.parametrize(("printed", "footer"), list(zip(PRINTED, FOOTERS, strict=True)))
def test_a_print_view_keeps_its_headline_and_runs_on_over_its_page_footers(
    printed: str, footer: str
) -> None:
    text = page(printed, footer)
    structure = segment_text(text)
    assert structure.title == HEADLINE
    assert kind_of(text, printed) == "boilerplate"
    assert kind_of(text, "third operator for 30 days") == "body"
    body = [text[s.start : s.end] for s in structure.segments if s.kind == "body"]
    assert not any("Page 1 of 2" in b.replace("\n", " ") and "Page" in b[:10] for b in body)
