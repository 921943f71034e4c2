"""A company's report copied out of a PDF with no blank line anywhere: a running footer that names
the company and the report and closes on the page number after a space is a page break, and a
rare line the copy ran together past the wrap width does not keep the page from reading as
hard-wrapped (so a line cut mid-sentence is never taken for another story's headline)."""

from __future__ import annotations

import pytest

from claims.ingest.segment import page_lines, segment_text
from claims.ingest.wrapping import page_breaks

FOOTER = "{name} | Half-year Report 2026 {n}"


def report(name: str, title: str) -> str:
    return (
        f"{name}\n{title}\nPublished 12 August 2026\n"
        "Trading in the first half was held back by lower prices for our main grades, and by a\n"
        "three-week stoppage at the northern pit after heavy rain in February, the board said.\n"
        "Revenue fell 9% to US$212 million, and we sold 38,400 tonnes of concentrate at an average of US$5,520 a tonne, which was the lowest\n"
        "price in four years for the period, though costs per tonne came down by\n"
        "about 6% as the new mill ran at full rate.\n"
        f"{FOOTER.format(name=name, n=2)}\n"
        "Outlook\n"
        "We expect output in the second half to be higher than in the first, as the pit is now\n"
        "dry and the new mill has reached its design rate; full-year guidance is unchanged at\n"
        "between 80,000 and 84,000 tonnes of concentrate, and capital spending at US$60\n"
        f"{FOOTER.format(name=name, n=3)}\n"
        "million, most of it on the tailings dam.\n"
        f"{FOOTER.format(name=name, n=4)}\n"
    )


PAGES = {
    "Copperbelt Minerals plc": "INTERIM RESULTS FOR THE HALF YEAR TO 30 JUNE 2026",
    "Andes Cobre S.A.": "Half-year report to 30 June 2026",
    "Kivu Tin Ltd": "RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2026",
    "Nordic Zinc ASA": "Second quarter and first half 2026",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_footer_closing_on_its_page_number_after_a_space_is_a_page_break(name: str) -> None:
    page = report(name, PAGES[name])
    found = [page[s:e] for s, e in page_breaks(page)]
    assert found == [FOOTER.format(name=name, n=n) for n in (2, 3, 4)]


@pytest.mark.parametrize("name", PAGES)
def test_a_line_run_together_past_the_width_leaves_the_page_hard_wrapped(name: str) -> None:
    page = report(name, PAGES[name])
    cut = page.index("price in four years")
    [line] = [(s, e) for s, e, _ in page_lines(page) if s <= cut < e]
    assert "Revenue fell 9%" in page[line[0] : line[1]]
    kinds = {s.kind for s in segment_text(page).segments if s.start < line[1] and line[0] < s.end}
    assert kinds == {"body"}
    at = page.index("million, most of it")
    assert {s.kind for s in segment_text(page).segments if s.start <= at < s.end} == {"body"}


def test_a_web_page_of_long_paragraphs_is_not_read_as_hard_wrapped() -> None:
    para = (
        "The council voted on Tuesday to raise parking fees by 10% from April, the first rise"
        " in six years, and to spend the extra money on bus lanes.\n"
    )
    page = "Council raises parking fees\n" + para * 6 + "Short line one\nshort line two\n"
    assert len(page_lines(page)) == 9


def test_a_page_of_one_overlong_line_is_read_as_written() -> None:
    page = "Fishing crews landed 40 tonnes of hake on the quay this morning. " * 400
    assert page_lines(page) == ((0, len(page.rstrip()), 0),)
