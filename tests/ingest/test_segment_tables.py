"""Table rows under a table heading are body; menus are no table rows."""

from __future__ import annotations

import pytest

from claims.ingest.segment import is_table_row
from tests.ingest.helpers import ABOVE, HEAD, TODAY, kind_of


@pytest.mark.parametrize(
    "rows",
    [
        ["Poland 41 kt | y/y +3.2%", "Czechia 18 kt | y/y -1.1%"],
        ["Brent | $74.10 | +2.3%", "WTI | $70.85 | +1.9%"],
        ["Q1 2025\t1,240 jobs\t+4%", "Q2 2025\t1,310 jobs\t+6%"],
        ["Kyiv region | 14 strikes", "Odesa region | 9 strikes", "Kharkiv region | 22 strikes"],
        # a PDF's table: leader dots, or columns across wide gaps
        ["Ghana ........................ 14", "Senegal ...................... 9"],
        [
            "Licences revoked (national)        3      5      8",
            "Fines, USD million     1.2    0.8    2.6",
        ],
    ],
)
def test_table_rows_under_a_table_heading_are_body(rows: list[str]) -> None:
    table = "Table 3: Output by region, March 2025 | volume and change\n" + "\n".join(rows)
    page = f"{HEAD}{ABOVE}{table}\n\nFigures for April are due next month.\n"
    assert all(is_table_row(row) for row in rows)
    assert all(kind_of(page, row, TODAY) == "body" for row in rows)


@pytest.mark.parametrize(
    "line", ["Home | News | World", "Markets | Energy | Metals", "Trending: Ports | Grain"]
)
def test_menus_are_no_table_rows(line: str) -> None:
    assert not is_table_row(line)


@pytest.mark.parametrize(
    "rows",
    [
        [
            "Felixstowe 0.33m TEU, down 1.9% m/m, up 2.4% y/y",
            "Southampton 161,000 TEU, up 3.0% m/m, down 0.6% y/y",
        ],
        [
            "Wheat 4.1 mt, up 8% on the month, down 2% on the year",
            "Maize 2.7 mt, down 5% on the month, up 11% on the year",
        ],
        [
            "Ningbo 3.6m TEU; up 7.1% y/y; 41% of the region",
            "Shenzhen 2.9m TEU; up 4.4% y/y; 33% of the region",
        ],
        [
            "North 212 arrests, 31 charged, 9 convicted",
            "South 148 arrests, 22 charged, 5 convicted",
            "East 97 arrests, 16 charged, 4 convicted",
        ],
    ],
)
def test_rows_flattened_into_comma_pieces_are_body(rows: list[str]) -> None:
    table = "Port by port (March 2025)\n" + "\n".join(rows)
    page = f"{HEAD}{ABOVE}{table}\n\nFigures for April are due next month.\n"
    assert all(is_table_row(row) for row in rows)
    assert all(kind_of(page, row, TODAY) == "body" for row in rows)


@pytest.mark.parametrize(
    "line",
    [
        "Ports reopen after strike, traders relieved",  # a teaser's headline: pieces, no figures
        "Minister resigns over 2 million euro contract, opposition says",
        "Grain prices rise",
    ],
)
def test_a_headline_with_a_comma_is_no_flattened_row(line: str) -> None:
    assert not is_table_row(line)


@pytest.mark.parametrize(
    "rows",
    [
        ["January 2026        1,980      +2.1%", "February 2026       2,104      +4.0%"],
        ["Q3 2025     412     -0.6%", "Q4 2025     431     +4.6%"],
        ["March 2025          88.4", "April 2025          90.1"],
    ],
)
def test_dated_rows_of_a_pdf_table_are_body_not_stamps(rows: list[str]) -> None:
    table = "Table 2. Cargo by month (thousand tonnes)\n" + "\n".join(rows)
    page = (
        "Monthly traffic report\nPublished 3 March 2026\n\n"
        "The port handled 2.1 million tonnes of cargo in February, up 4% on a year earlier.\n\n"
        f"{table}\n\nFigures for the next month are due in four weeks.\n"
    )
    assert all(kind_of(page, row, TODAY) == "body" for row in rows)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Band Description Charge per kWh Standing charge",
            ["A1 Households, single rate 21.40 4.10", "B2 Small business 19.75 7.25"],
        ),
        (
            "Route Fare now Fare from March",
            ["City centre loop 1.20 1.40", "Airport express 6.00 6.50", "Night bus 2.50 2.80"],
        ),
        (
            "Region Hectares treated Share of plan",
            ["North 412,000 61%", "East 298,500 44%"],
        ),
        (
            "Grade Monthly pay (EUR) Increase",
            ["Grade 3 nurses 2,140 4.5", "Grade 5 nurses 2,610 4.2", "Ward managers 3,380 3.9"],
        ),
    ],
)
def test_a_table_flattened_to_lines_under_a_paragraph_is_body(header: str, rows: list[str]) -> None:
    page = (
        f"{HEAD}{ABOVE}"
        "3.1 The approved charges for the main groups are set out below (VAT excluded):\n"
        f"{header}\n" + "\n".join(rows) + "\n"
        "3.2 For a typical case the monthly bill falls by 3.20 to 88.10.\n\n"
        "4. Review\n4.1 The charges will be reviewed in June.\n"
    )
    assert kind_of(page, header, TODAY) == "body"
    assert all(kind_of(page, row, TODAY) == "body" for row in rows)
    assert kind_of(page, "3.2 For a typical case", TODAY) == "body"
