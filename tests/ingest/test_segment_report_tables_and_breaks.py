"""Lines inside a story that no teaser's headline reads as, though they close on no full stop
and have a line under them in their block: a table row closed by a short dot leader and its
figure, a table's legend of marks, a table flattened one cell a line (a row's label over its bare
figure) and a paragraph a stray line break cuts mid-sentence (the next line goes on in lower
case). They stay the page's own text."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

LEAD = (
    "Consumer prices rose 2.4% from a year earlier in September, the statistics office said on"
    " Friday, as rents and fuel climbed for a third month in a row.\n\n"
)
AFTER = (
    "\n\nThe office will publish its next figures on 10 November, and economists expect price"
    " growth to ease as fuel costs fall back.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Export earnings, Q2 2026p (US$ million) ... 318.4",
        "Credit to households, Aug 2026 (EUR million) ... 1,206",
        "Change on a year earlier (%) ... -2.7",
        "Tourist nights, Jan-Jun 2026 ... 412,950",
    ],
)
def test_a_row_with_a_short_dot_leader_over_the_next_table_is_body(row: str) -> None:
    page = (
        f"{LEAD}Table 2. External sector\n{row}\n"
        "Table 3. Money and credit (end of period)\n"
        f"Deposits, Aug 2026 .......... 9,812{AFTER}"
    )
    assert kind_of(page, row) == "body"
    assert kind_of(page, "Table 3. Money and credit") == "body"


@pytest.mark.parametrize(
    "legend",
    [
        "p = provisional; r = revised",
        "e = estimate, n.a. = not available",
        "* = preliminary; ** = revised",
        "f = forecast",
    ],
)
def test_a_table_legend_over_its_footnotes_is_body(legend: str) -> None:
    note = "1/ Excludes fresh food and fuel, whose prices are set by the regulator."
    page = f"{LEAD}Rents, Sep 2026p .......... 4.1\n\n{legend}\n{note}\nCommentary\n{LEAD}"
    assert kind_of(page, legend) == "body"
    assert kind_of(page, note) == "body"


@pytest.mark.parametrize(
    ("cut", "rest"),
    [
        (
            "It is not the council's first clash with the firm. In 2024 the High Court ordered",
            "the company to repay two grants after an audit found gaps in its books.",
        ),
        (
            "The ministry said on Tuesday that the ban on exports of raw timber would",
            "stay in place until at least the end of next year, despite pressure from mills.",
        ),
        (
            "Earlier this year a court in the capital froze the accounts of three of the",
            "group's directors, but the order was lifted in May after a paperwork error.",
        ),
        (
            "Officials had been warned about the barges for months. Fishermen told reporters they",
            "saw them moving logs at night as early as last October.",
        ),
    ],
)
def test_a_paragraph_cut_by_a_stray_line_break_is_body(cut: str, rest: str) -> None:
    page = f"{LEAD}{cut}\n{rest}{AFTER}"
    assert kind_of(page, cut) == "body"
    assert kind_of(page, rest) == "body"


@pytest.mark.parametrize(
    "rows",
    [
        ["Unemployment rate, Q3 2026, %", "6.8", "Jobs created, Jan-Sep 2026", "41,200"],
        ["Policy rate from 2 May 2025, %", "9.25", "Reserves, 31.03.2025, $ bn", "12.7"],
        ["Wheat harvest 2025, million tonnes", "3.4", "Average yield, t/ha", "2.85"],
        ["Visitor arrivals in August", "214,000", "Change on a year earlier", "-3.1%"],
    ],
)
def test_a_table_flattened_one_cell_a_line_is_body(rows: list[str]) -> None:
    head = "Statistics office reports a mixed quarter\n\n"
    page = f"{head}{LEAD}Table 1. Key figures\nIndicator\nValue\n" + "\n".join(rows) + AFTER
    for row in rows:
        assert kind_of(page, row) == "body", row


def test_another_story_headline_over_its_excerpt_stays_a_teaser() -> None:
    """A teaser's excerpt opens a sentence of its own, in capitals."""
    teaser = "Court freezes cattle trader's accounts"
    page = (
        f"{LEAD}{AFTER}\n{teaser}\nA judge in the west froze the accounts of a cattle trader"
        " accused of smuggling.\n"
    )
    assert kind_of(page, teaser) == "related"
