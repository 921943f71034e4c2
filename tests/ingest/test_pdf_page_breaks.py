"""Text copied out of a PDF: a page break leaves the page number and the running header or
footer in the middle of the text, often in the middle of a paragraph. No rule reads those lines,
and a paragraph cut by a page break reads as one line, with the furniture read as blank space."""

from __future__ import annotations

import pytest

from claims.extract.chunking import paragraphs
from claims.ingest.segment import page_lines, segment_text
from claims.ingest.wrapping import page_breaks, reading_text

HEADER = "Lakeside Water Authority | Annual Performance Review 2025"

CUT_PARAGRAPH = (
    "Leakage across the network fell to 118 megalitres a day in the year to March, down from\n"
    "131 megalitres a year earlier, after crews replaced some 64 kilometres of old iron\n"
    "mains in the northern districts and fitted pressure valves on"
)
CUT_REST = (
    "a further 212 streets, the authority said, and it now aims to bring losses below 100\n"
    "megalitres a day by the end of the 2027 financial year.\n"
)


def report(break_lines: str) -> str:
    """A wrapped report page with a page break inside its second paragraph."""
    return (
        "LAKESIDE WATER AUTHORITY\n"
        "Annual Performance Review 2025\n"
        "Published 9 June 2025\n\n"
        "1. Overview\n\n"
        "The authority supplied 412 million litres of drinking water a day on average in\n"
        "the year to March, 3% more than in the year before, as the population it serves\n"
        "grew to about 1.3 million people and two new housing estates were connected.\n\n"
        f"{CUT_PARAGRAPH}\n{break_lines}{CUT_REST}\n"
        "Customer complaints about water quality dropped to 1,940 from 2,315, the lowest\n"
        "number since records began in 2009, while bills rose by an average of 6.5%.\n\n"
        f"{break_lines}"
        "2. Finances\n\n"
        "Capital spending reached 96 million pounds, of which 41 million went on mains\n"
        "renewal and 23 million on the new treatment works at Hollins Cross.\n"
    )


BREAKS = {
    "number over a running header": "\n                                                    4\n"
    + HEADER
    + "\n\n",
    "footer with page of pages": "\nPage 4 of 18\n\n" + HEADER + "\n",
    "dashed number and a form feed": "\n- 4 -\n\x0c" + HEADER + "\n",
    "header with its number": f"\n{HEADER} | 4\n\n",
    "footer with its number across the line": f"\n\n{HEADER}                    4\n\n",
    "case header with page of pages": f"\n\n{HEADER}          Page 4 of 18\n\n",
    "header with its worded number after a space": f"\n{HEADER} Page 4 of 18\n\n",
    "footer with a worded number and no count": f"\n\n{HEADER} page 4\n\n",
}

PAIRS = {
    "footer and next header, both numbered": (
        "\n{h} Page {n} of 9\n\n{h} Page {m} of 9\n",
        "Lakeside Water Authority | Review 2025",
    ),
    "a dashed rule between footer and header": (
        "\n{h} Page {n} of 9\n\n- - - - - - - - - -\n{h} Page {m} of 9\n",
        "LWA - Decision No. 7/2025",
    ),
    "footer over the header with no blank line": (
        "\n{h} Page {n} of 9\n{h} Page {m} of 9\n",
        "Annual Performance Review 2025",
    ),
    "number first in both": ("\nPage {n} of 9 | {h}\n\nPage {m} of 9 | {h}\n", "Review 2025"),
}


@pytest.mark.parametrize("name", PAIRS)
def test_a_page_numbered_in_its_header_and_its_footer_breaks_the_paragraph_once(
    name: str,
) -> None:
    form, header = PAIRS[name]
    page = report("\n\n").replace(
        CUT_PARAGRAPH + "\n\n\n", CUT_PARAGRAPH + form.format(h=header, n=2, m=3)
    )
    page += form.format(h=header, n=3, m=4) + "Water quality met the standard at 99.9% of tests.\n"
    found = [page[s:e].strip() for s, e in page_breaks(page)]
    assert len([line for line in found if header in line]) == 4
    assert all(header in line or set(line) <= {"-", " "} for line in found)
    at = page.index(CUT_PARAGRAPH[:40])
    line = next(line for line in page_lines(page) if line[0] <= at < line[1])
    assert page[line[0] : line[1]].endswith(CUT_REST.strip())


def _numbered(break_lines: str) -> str:
    """The same page with each break's page number counting up."""
    page = report(break_lines)
    first = page.find(break_lines)
    second = page.find(break_lines, first + 1)
    later = break_lines.replace("4", "5")
    return page[:second] + later + page[second + len(break_lines) :]


@pytest.mark.parametrize("name", BREAKS)
def test_page_break_lines_are_found(name: str) -> None:
    page = _numbered(BREAKS[name])
    found = {page[s:e].strip() for s, e in page_breaks(page)}
    assert any(HEADER in line for line in found)
    assert all(HEADER in line or any(c.isdigit() for c in line) for line in found)


@pytest.mark.parametrize("name", BREAKS)
def test_a_paragraph_cut_by_a_page_break_is_one_body_line(name: str) -> None:
    page = _numbered(BREAKS[name])
    at = page.index(CUT_PARAGRAPH[:40])
    line = next(line for line in page_lines(page) if line[0] <= at < line[1])
    assert page[line[0] : line[1]].endswith(CUT_REST.strip())
    read = " ".join(reading_text(page)[line[0] : line[1]].split())
    assert read == " ".join((CUT_PARAGRAPH + " " + CUT_REST).split())
    structure = segment_text(page)
    [segment] = [s for s in structure.segments if s.start <= at < s.end]
    assert segment.kind == "body"


@pytest.mark.parametrize("name", BREAKS)
def test_page_furniture_is_in_no_chunk(name: str) -> None:
    page = _numbered(BREAKS[name])
    pieces = [reading_text(page)[s:e] for s, e in paragraphs(page, 0, len(page))]
    assert not any(HEADER in piece for piece in pieces)


@pytest.mark.parametrize(
    "page",
    [
        # a web page whose menu repeats at the foot: no page numbers, nothing is a page break
        "Home | News | Sport\n\nCouncil raises parking fees\n\nThe council raised fees by 10%"
        " on Monday.\n\nHome | News | Sport\n",
        # a table whose rows end in bare figures, and a lone figure under a label
        "Ferry routes\n\nRoutes served\n12\n\nVessels\n4\n\nThe operator runs 12 routes.\n",
        # a headline repeated in the title bar, and one bare number
        "Port strike ends\n\nPort strike ends\n\n3\n\nDock workers went back on Tuesday.\n",
    ],
)
def test_pages_without_page_breaks_lose_nothing(page: str) -> None:
    assert page_breaks(page) == ()
    assert reading_text(page) == page.replace("\n", " ")


@pytest.mark.parametrize(
    ("masthead", "footer"),
    [
        ("NATIONAL BANK OF MOLDAVIA", "NBM Inflation Report, May 2026 Page {n} of 3"),
        ("Financial Supervisory Commission", "FSC Quarterly Note Q2 2025 | {n}"),
        ("MINISTRY OF ECONOMY AND FINANCE", "Budget execution bulletin, March 2026   Page {n}"),
        ("Kosovo Statistics Agency", "Labour Force Survey 2025 Q3 - page {n} of 3"),
    ],
)
def test_the_masthead_set_again_under_a_numbered_footer_is_the_next_page_header(
    masthead: str, footer: str
) -> None:
    """A PDF sets its issuer's name over every page; the first page shows it as the masthead
    with no number beside it, the later ones right under the numbered footer of the page before,
    often in the middle of a sentence. That line is the next page's header: the sentence goes on
    past it, and nothing under it reads as another story."""
    page = (
        f"{masthead}\nStatement on the policy rate\n12 May 2026\n"
        "1. The board decided to keep the policy rate at 6.5 percent, saying that prices had\n"
        "risen less than expected in April and that wages were growing more slowly. Fuel\n"
        "prices added 0.3 percentage points to inflation, while food prices rose by 4.2\n"
        f"{footer.format(n=1)}\n{masthead}\n"
        "percent. The board expects inflation to fall to 5 percent by the end of the year.\n"
        "2. Credit to firms grew by 11 percent in the year to April\n"
        "Lending to households slowed to 7 percent from 9 percent in March.\n"
        f"{footer.format(n=2)}\n{masthead}\n"
        "3. The next meeting of the board will be held on 23 June 2026.\n"
    )
    found = [page[s:e].strip() for s, e in page_breaks(page)]
    assert found.count(masthead) == 2 and not page.startswith(found[0])
    structure = segment_text(page)
    at = page.index("prices added 0.3")
    line = next(line for line in page_lines(page) if line[0] <= at < line[1])
    assert page[line[0] : line[1]].endswith("by the end of the year.")
    for words in ("prices added 0.3", "Credit to firms", "Lending to households", "next meeting"):
        [kind] = [s.kind for s in structure.segments if s.start <= page.index(words) < s.end]
        assert kind == "body", words


@pytest.mark.parametrize(
    ("footer", "head"),
    [
        ("PA Notice No. 4/2026 Page {n} of 3", "PORT AUTHORITY — HARBOUR DUES 2026"),
        ("Circular 12/2026 | page {n}", "Central Bank of Examplia - Reserve requirements"),
        ("Tender Notice T-19/2026   {n}", "WATER BOARD — TENDER T-19/2026"),
        ("Guidance note 3 of 2025 - page {n}", "Revenue Office | VAT on imported services"),
    ],
)
def test_a_running_head_the_first_page_does_not_set_is_a_page_break(footer: str, head: str) -> None:
    """A notice printed from a PDF may set its running head only on the pages after the first,
    right under the numbered footer of the page before (the first page has the notice's own
    heading instead): the head recurs beside each footer, and the sentence it cuts goes on."""
    page = (
        "PUBLIC NOTICE No. 4/2026\nIssued: 2 March 2026\nCHANGES TO HARBOUR DUES\n\n"
        "1. The authority informs shipping lines and agents that dues on container vessels will\n"
        "rise by 8 per cent from 1 April 2026, and that dues on vessels calling for bunkers\n"
        "only will fall to a flat fee of 1,200 dollars per call. The change follows a\n\n"
        f"{footer.format(n=1)}\n{head}\n\n"
        "review of costs completed in January, which found that dues covered 71 per cent\n"
        "of the cost of the pilot service.\n"
        "2. Vessels of under 500 gross tonnes are exempt.\n\n"
        f"{footer.format(n=2)}\n{head}\n\n"
        "3. Enquiries should be sent to the commercial department.\n\n"
        f"{footer.format(n=3)}\n"
    )
    found = [page[s:e].strip() for s, e in page_breaks(page)]
    assert found.count(head) == 2
    at = page.index("review of costs")
    line = next(line for line in page_lines(page) if line[0] <= at < line[1])
    assert page[line[0] : line[1]].startswith("1. The authority informs")
