"""Round-26 item family: a label line whose label names only a change or an earlier value
('m/m change: -4%', 'Change y/y: +7%', 'Monthly change: +0.3%', 'Previous month (May): 4.6%')
says nothing of what changed: the figure on the line above does, and its label is the item. A
label that names a thing before its change word ('Budget change on year: +6%') names that thing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Key figures (May)\n\nNickel ore, Manila spot: $52/t\nm/m change: -4.1%\n",
            "-4.1%",
            "nickel ore",
        ),
        (
            "Key figures (May)\n\nNickel ore, Manila spot: $52/t\nm/m change: -4.1%\ny/y change: +12%\n",
            "+12%",
            "nickel ore",
        ),
        (
            "Summary\n\nRubber stocks, end-June: 310,000 t\nChange m/m: +2.2% | Change y/y: -7%\n",
            "-7%",
            "rubber stocks",
        ),
        (
            "DATA (March)\n\nCore inflation: 4.2% y/y\nMonthly change: +0.3% m/m\n",
            "+0.3%",
            "core inflation",
        ),
        (
            "DATA (March)\n\nCore inflation: 4.2% y/y\nPrevious month (February): 4.6%\n",
            "4.6%",
            "core inflation",
        ),
        (
            "Weekly wrap\n\nBarley exports: 61,000 t\n\nWeekly change: +8%\n",
            "+8%",
            "barley exports",
        ),
    ],
)
def test_a_line_of_changes_alone_changes_the_figure_above(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Facts\n\n- Harbour budget: €40 million\n- Budget change on year: +6.5%\n",
            "+6.5%",
            "budget",
        ),
        ("Auction results\n\nPrice index change in March: -2.9%\n", "-2.9%", "price index"),
        # a change of the row's own figure keeps the row's item; a label that names a thing stays
        ("Mining\n\nZinc output: 92kt | y/y change: +5%\n", "+5%", "zinc output"),
        ("Trade\n\nShipments: 4,200 t\nPort calls: 77\n", "77", "port calls"),
        ("Output: 5,100 t (prev. month: 4,800 t)\n", "4,800 t", "output"),
    ],
)
def test_a_change_label_naming_a_thing_names_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("before", "row", "item"),
    [
        ("TABLE (June)\nCore CPI: 2.7% y/y\n", "Prior month (May): 2.9%", "core cpi"),
        (
            "TABLE (June)\nCore CPI: 2.7% y/y\nPrior month (May): 2.9%\n",
            "Monthly change: +0.1%",
            "core cpi",
        ),
        (
            "Figures\nTin stocks, end-May: 9,100 t\nw/w change: -2%\n",
            "y/y change: +15%",
            "tin stocks",
        ),
        (
            "Figures\nCocoa futures (London), close: GBP 3,900/t\n",
            "m/m change: +6%",
            "cocoa futures",
        ),
    ],
)
def test_a_row_parsed_alone_reads_the_line_above_from_the_text_before(
    nlp: Language, before: str, row: str, item: str
) -> None:
    doc = nlp.make_doc(row)
    doc._.published = "2024-04-02"
    doc._.lines_before = before
    rows = [r for r in nlp(doc)._.claims if r["claim_type"] == "quantity"]
    assert [r["quantity_item"] for r in rows] == [item]
