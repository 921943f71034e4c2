"""A quiz's lettered choices set on one line ('A) 40%  B) 55%') and a data page's preview window
('first 10 of 2,480 rows') are the page's furniture: none of their figures is a claim, while
the answer stated in a sentence, and a part of a whole counted in prose, stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "3. What share of the harvest was lost to frost?\n"
            "   A) 12%   B) 18%   C) 27%   D) 35%\n\n"
            "Answer: B. Growers lost 18% of the crop, the ministry said.\n",
            "18% of the crop",
        ),
        (
            "How many lorries crossed the border last month?\n"
            "(a) 4,000 lorries  (b) 9,500 lorries  (c) 12,000 lorries\n"
            "The customs office counted 9,500 lorries in March.\n",
            "9,500 lorries in",
        ),
        (
            "Q7. The new dam will hold how much water?\n"
            "A) 2 billion cubic metres  B) 5 billion cubic metres  C) 8 billion cubic metres\n"
            "It will hold 5 billion cubic metres when full, engineers say.\n",
            "5 billion cubic metres when",
        ),
        (
            "Which fine did the regulator impose?\n"
            "a) $1.5 million   b) $3 million   c) $6 million   d) $12 million\n"
            "The regulator fined the carrier $3 million on Friday.\n",
            "$3 million on",
        ),
    ],
)
def test_lettered_choices_on_one_line_are_no_quantities(
    claims_of: Rows, text: str, kept: str
) -> None:
    rows = claims_of(text, "quantity")
    line_start = text.index("\n") + 1
    line_end = text.index("\n", line_start)
    spans = [text[r["span_start"] : r["span_end"]] for r in rows]
    assert not any(line_start <= r["span_start"] < line_end for r in rows), spans
    assert any(s in kept for s in spans), spans


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Preview: rainfall_daily.csv (first 10 of 2,480 rows)\nStations logged 41 mm.\n", "41 mm"),
        ("Data preview (first 5 rows of 980)\nThe survey reached 1,200 farms.\n", "1,200 farms"),
        (
            "Showing 1-20 of 96 records\nThe agency counted 96 mines across the province.\n",
            "96 mines",
        ),
        ("Table view: top 8 rows of 4,115\nExports rose 6% in May.\n", "6%"),
    ],
)
def test_a_data_preview_window_is_no_quantity(claims_of: Rows, text: str, kept: str) -> None:
    spans = _spans(claims_of, text)
    assert spans == [kept], spans


def test_a_part_of_a_whole_in_prose_stays(claims_of: Rows) -> None:
    text = "The first 7 of 20 ships reached the port on time, the harbour master said.\n"
    spans = _spans(claims_of, text)
    assert any("20 ships" in s for s in spans), spans


def test_a_clause_with_lettered_items_on_one_line_stays(claims_of: Rows) -> None:
    text = (
        "Bidders must show (a) yearly sales of at least $4 million over the past 3 years, "
        "and (b) no fewer than 2 finished bridges of a like size.\n"
    )
    spans = _spans(claims_of, text)
    assert any("$4 million" in s for s in spans), spans
