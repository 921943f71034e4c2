"""A decision or report numbers its paragraphs ('3.5 Approximately 9,000 homes ...'): the dotted
number that opens a line going on as a sentence, on a page whose other lines open with such
numbers, orders the paragraph; the figures after it are the claims."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows

PAGE = (
    "2. Findings\n\n2.1 The board reviewed the operator's accounts for the year.\n\n{paragraph}\n"
)


@pytest.mark.parametrize(
    ("paragraph", "figure"),
    [
        ("2.4 Approximately 12,600 homes will keep the lower rate until March.", "12,600 homes"),
        ("3.2 For a typical farm using 900 litres a week, the levy rises sharply.", "900 litres"),
        ("5.1 About 310 staff will move to the new depot by the end of the year.", "About 310"),
        ("1.3 The network lost 6.2% of the water it carried, against a target of 5%.", "6.2%"),
    ],
)
def test_a_paragraph_number_is_no_figure_and_the_figure_after_it_is(
    claims_of: Rows, paragraph: str, figure: str
) -> None:
    text = PAGE.format(paragraph=paragraph)
    spans = [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]
    number = paragraph.split()[0]
    assert not any(s.startswith(number) for s in spans), spans
    assert any(figure in s for s in spans), spans


def test_a_figure_opening_a_title_case_headline_still_counts(claims_of: Rows) -> None:
    text = "2.1 Overview\n\n1.5 Million Tourists Visited The Islands Last Year\n"
    spans = [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]
    assert any(s.startswith("1.5 Million") for s in spans), spans
