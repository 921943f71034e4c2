"""A newspaper page read by OCR whose two columns share each line (the left column's line, a
gutter of three spaces, the right column's line): each column is read whole, in its own order,
a word hyphenated over a column's line break made whole, and every claim's span stays on its
side of the gutter. A table row's label and figure, or a row of several gaps, are no columns."""

from __future__ import annotations

import textwrap

import pytest
from spacy.language import Language

from claims.extract.chunking import chunks
from claims.extract.rejoin import column_text, in_one_piece, on_page

STORIES = [
    (
        "TUNIS - The wheat harvest will reach 2.1 million tonnes this year, the farm ministry"
        " said on Sunday, up from 1.6 million tonnes a year earlier after good spring rains.",
        "Imports fell 18% to 1.9 million tonnes in the first half, customs data showed, and the"
        " grain office plans to buy about 400,000 tonnes of durum from local farmers by July.",
    ),
    (
        "ORAN - The port handled 3.4 million tonnes of cargo in September, 9% more than a year"
        " before, as container traffic recovered after the summer strikes, the port authority"
        " said.",
        "Some 1,200 dockers now work in three shifts. The authority expects to spend $85 million"
        " on two new cranes and a deeper berth before the end of next year, officials said.",
    ),
    (
        "SFAX - Olive mills pressed about 45,000 tonnes of fruit a day in December, the trade"
        " office said, while farmgate prices slid to 1.2 dinars a kilo from 2 dinars in"
        " October.",
        "Exporters shipped 88,000 tonnes of oil in two months, and the state buyer offered to"
        " store up to 100,000 tonnes. Storage costs rose 14% on the year, millers complained.",
    ),
    (
        "BLIDA - Citrus growers picked roughly 1.7 million tonnes of oranges this season, the"
        " chamber of agriculture said, about a fifth more than last year despite a hot autumn.",
        "Retail prices fell to 150 dinars a kilogram in Algiers markets. Growers want a cold"
        " store of 20,000 tonnes near the port and say 6,000 seasonal workers lack housing.",
    ),
]
WIDTH = 28


def page_of(left: str, right: str) -> str:
    """The two columns set side by side, as many lines each (a column of print is full)."""
    lefts, rights = textwrap.wrap(left, WIDTH), textwrap.wrap(right, WIDTH)
    assert len(lefts) == len(rights)
    lines = [f"{a}   {b}" for a, b in zip(lefts, rights, strict=True)]
    return "Farm prices fall as harvest tops forecasts\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(("left", "right"), STORIES)
def test_each_column_is_read_whole(left: str, right: str) -> None:
    page = page_of(left, right)
    columns = [c for c in chunks(page, None, prefilter=False) if c.pieces]
    assert [column_text(page, c.pieces)[0] for c in columns] == [left, right]


@pytest.mark.parametrize(("left", "right"), STORIES)
def test_a_claim_maps_back_to_its_own_column(nlp: Language, left: str, right: str) -> None:
    page = page_of(left, right)
    for chunk in (c for c in chunks(page, None, prefilter=False) if c.pieces):
        paragraph, shifts = column_text(page, chunk.pieces)
        for claim in nlp(paragraph)._.claims:
            start = chunk.start + on_page(shifts, claim["span_start"])
            end = chunk.start + on_page(shifts, claim["span_end"])
            start, end = in_one_piece(page, chunk.pieces, start, end)
            assert "   " not in page[start:end] and "\n" not in page[start:end]
            assert page[start:end] in paragraph


def test_a_word_hyphenated_over_a_column_break_is_made_whole() -> None:
    page = (
        "a hot summer in which tempera-   Packers say that shipping\n"
        "tures passed 48C on nine days.   a reefer container now costs\n"
    )
    first, second = page.splitlines()
    pieces = ((0, first.index("   ")), (len(first) + 1, len(first) + 1 + second.index("   ")))
    text, shifts = column_text(page, pieces)
    assert text == "a hot summer in which temperatures passed 48C on nine days."
    at = text.index("passed")
    assert page[on_page(shifts, at) : on_page(shifts, at + 6)] == "passed"


def test_table_rows_are_no_columns() -> None:
    page = (
        "Key figures\n"
        + "".join(f"Exports of item {n}   {n * 10} tonnes\n" for n in range(8))
        + "".join(f"Region {n}   {n}.5   {n}.9\n" for n in range(8))
    )
    assert not any(c.pieces for c in chunks(page, None, prefilter=False))
