"""A currency written as one capital letter on a plain figure ('Q975', 'L640') is money when the
article names that currency in words elsewhere; a lone digit after the letter ('Q4') stays a name,
and a quarter the date reader cuts from a figure's thousands ('Q1' of 'Q1,450') leaves the figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("page", "anchor", "value", "unit"),
    [
        (
            "Coffee report\n\nGrowers in Huehuetenango are paid in quetzales.\n\n"
            "Parchment coffee fetched Q975 a quintal on Monday.\n",
            "Q975",
            975,
            "GTQ",
        ),
        (
            "Markets\n\nTraders quote beans in lempiras.\n\n"
            "Red beans sold for L640 at the Comayagua market last week.\n",
            "L640",
            640,
            "HNL",
        ),
        (
            "Farm prices\n\nThe board sets its prices in quetzales.\n\n"
            "A sack of fertiliser now costs Q1,380, the board said.\n",
            "Q1,380",
            1380,
            "GTQ",
        ),
        (
            "Port fees\n\nDock charges are billed in kina.\n\n"
            "Each container pays K85 in handling on arrival.\n",
            "K85",
            85,
            "PGK",
        ),
    ],
)
def test_a_letter_figure_in_an_article_naming_its_currency(
    tmp_path: Path, page: str, anchor: str, value: float, unit: str
) -> None:
    row = next(r for r in page_rows(tmp_path, page, "quantity") if anchor in r["span_text"])
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == unit


def test_a_letter_and_one_digit_stays_a_name(tmp_path: Path) -> None:
    page = (
        "Exporters\n\nSales are reported in quetzales.\n\n"
        "Sales rose in Q3 and Q4 compared with the year before.\n"
    )
    rows = page_rows(tmp_path, page, "quantity")
    assert not [r for r in rows if "Q4" in r["span_text"]]


def test_a_letter_figure_without_its_currency_named_stays_a_name(tmp_path: Path) -> None:
    page = "Roads\n\nThe L640 route reopened on Monday after repairs.\n"
    assert not [r for r in page_rows(tmp_path, page, "quantity") if "L640" in r["span_text"]]
