"""A by-the-numbers page sets each figure alone on a line, with the line that names it right
under it ('US$4.1 billion' over 'Rice exports in the first half, ...'): the two lines are one
claim, and the noun phrase opening the second names what the figure counts. A bare number alone
on a line (a page or section number) is no such figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract.chunking import chunks
from tests.extract.stories import page_rows

PAGE = "The month in figures\n\nOur pick of the numbers behind the month.\n\n{figure}\n{label}\n"


@pytest.mark.parametrize(
    ("figure", "label", "item"),
    [
        (
            "US$4.1 billion",
            "Rice exports in the first half, up 9% on a year earlier, the trade office said.",
            "rice exports",
        ),
        (
            "2.6 million",
            "Passengers carried by the new metro line in its first month of service.",
            "passengers",
        ),
        (
            "18.5%",
            "Share of households that will pay the higher water tariff from April.",
            "share",
        ),
        (
            "-4.0°C",
            "Coldest night recorded at the mountain station, early on Monday.",
            "coldest night",
        ),
    ],
)
def test_a_figure_line_counts_what_the_line_under_it_names(
    tmp_path: Path, figure: str, label: str, item: str
) -> None:
    page = PAGE.format(figure=figure, label=label)
    rows = page_rows(tmp_path, page, "quantity")
    row = next(r for r in rows if figure.lstrip("-") in r["span_text"])
    assert row["quantity_item"] == item
    assert "\n" in row["span_text"]  # one claim across the line break


def test_a_page_number_alone_on_its_line_joins_nothing() -> None:
    text = "Annual report\n\n12\nOffices opened in 2024 across the region.\n"
    spans = [text[c.start : c.end] for c in chunks(text, None, prefilter=False)]
    assert "12" in spans
    assert "Offices opened in 2024 across the region." in spans


def test_a_figure_line_and_its_label_line_are_one_paragraph() -> None:
    text = "Week in figures\n\nNT$1.2 trillion\nExport orders in March.\n\nMore next week.\n"
    spans = [text[c.start : c.end] for c in chunks(text, None, prefilter=False)]
    assert "NT$1.2 trillion\nExport orders in March." in spans
