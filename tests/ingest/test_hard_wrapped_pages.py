"""Pages saved hard-wrapped (a plain-text feed, an email, text copied out of a PDF): each paragraph
is one line to the segmenter and one chunk to the parser, so it is body and its sentences are read
whole; a page written line by line, and the lists, labels and short lines of a wrapped page, keep
their lines."""

from __future__ import annotations

import textwrap

import pytest

from claims.extract.chunking import paragraphs
from claims.ingest.segment import page_lines, segment_text
from claims.ingest.wrapping import flat

PARAGRAPHS = [
    "The Port of Saltmarsh handled 4.2 million tonnes of cargo in February, up 12% from a year"
    " earlier, the port authority said on Tuesday, as grain exports to North Africa rose for a"
    " third straight month.",
    "Container volumes climbed to 61,300 TEU, while car shipments fell by 8% to 14,200 units after"
    " two carmakers cut output at their plants near the city, and the authority now expects about"
    " 50 million tonnes this year.",
    "Dredging of the main channel, which cost EUR 38 million, was finished in January, and a new"
    " berth for bulk carriers is due to open in September if the contractor keeps to its plan.",
]


def wrapped(width: int, head: str = "Port handles record tonnage in February\n\n") -> str:
    body = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    return f"HARBOUR NEWS SERVICE\nPublished: 12 March 2025\n\n{head}{body}\n"


@pytest.mark.parametrize("width", [60, 70, 72, 80])
def test_a_wrapped_paragraph_is_one_body_line(width: int) -> None:
    page = wrapped(width)
    structure = segment_text(page)
    for paragraph in PARAGRAPHS:
        at = page.index(paragraph[:40])
        [segment] = [s for s in structure.segments if s.start <= at < s.end]
        assert segment.kind == "body"
        line = next(line for line in page_lines(page) if line[0] <= at < line[1])
        assert page[line[0] : line[1]].replace("\n", " ") == paragraph


@pytest.mark.parametrize("width", [60, 70, 80])
def test_the_parser_reads_a_wrapped_paragraph_whole(width: int) -> None:
    page = wrapped(width)
    pieces = [page[s:e].replace("\n", " ") for s, e in paragraphs(page, 0, len(page))]
    assert all(p in pieces for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "items",
    [
        "- Cargo: 4.2 million tonnes\n- Containers: 61,300 TEU\n- Cars: 14,200 units",
        "Cargo: 4.2 million tonnes\nContainers: 61,300 TEU\nCars: 14,200 units",
        "| Cargo | 4.2 mt |\n| Containers | 61,300 TEU |\n| Cars | 14,200 |",
    ],
)
def test_lists_labels_and_rows_on_a_wrapped_page_keep_their_lines(items: str) -> None:
    page = wrapped(70) + "\nKey figures\n" + items + "\n"
    starts = {page[s:e] for s, e, _ in page_lines(page)}
    assert all(line in starts for line in items.splitlines())


@pytest.mark.parametrize(
    "page",
    [
        # a page written line by line: its paragraphs are long lines
        "Port handles record tonnage\n\n" + "\n\n".join(PARAGRAPHS),
        # short lines of a page top and a fact box, none filled to a width
        "CITY POST\nHome | News | Sport\n\nFerry fares rise\nBy Ana Ruiz\n\nFares: up 4%\nRoutes: 12",
        # a headline over its standfirst in one block, on a page that is not wrapped
        "Ferry fares rise again as fuel costs climb\nthe operator says more rises may follow\n\n"
        + PARAGRAPHS[0],
    ],
)
def test_a_page_written_line_by_line_keeps_its_lines(page: str) -> None:
    physical = [line.strip() for line in page.splitlines() if line.strip()]
    assert [page[s:e] for s, e, _ in page_lines(page)] == physical


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\x0c\n", "\u2028"])
def test_a_wrapped_lines_breaks_of_any_kind_read_as_spaces(brk: str) -> None:
    page = wrapped(70).replace("\n", brk)
    lines = page_lines(page)
    texts = [flat(page[s:e]) for s, e, _ in lines]
    assert all("\n" not in t and "\x0c" not in t and "\u2028" not in t for t in texts)
    assert all(len(flat(page[s:e])) == e - s for s, e, _ in lines)


def indented(width: int) -> str:
    """An e-paper digest saved hard-wrapped: paragraphs open on an indented line, with no blank
    line between them, under a masthead whose date sits across a wide gap and a named byline."""
    body = "\n".join(textwrap.fill(p, width, initial_indent="    ") for p in PARAGRAPHS)
    masthead = "HARBOUR WEEKLY - E-PAPER".ljust(width - 13) + "12 March 2025"
    return f"{masthead}\nPort handles record tonnage in February as grain exports climb\nBy Mara Lindqvist\n{body}\n"


@pytest.mark.parametrize("width", [64, 72, 76])
def test_an_indented_first_line_opens_a_paragraph(width: int) -> None:
    page = indented(width)
    lines = [" ".join(page[s:e].split()) for s, e, _ in page_lines(page)]
    assert all(paragraph in lines for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("width", [64, 72, 76])
def test_a_wrapped_page_top_keeps_its_masthead_headline_and_byline_apart(width: int) -> None:
    structure = segment_text(indented(width))
    assert structure.title == "Port handles record tonnage in February as grain exports climb"
    assert str(structure.byline.published) == "2025-03-12"
