"""A figure alone in a table cell under a header that names codes or references ('Tariff
heading', 'HS code', 'Ref.', 'Case ID') is an identifier, no quantity; the figures of the other
columns stay."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Import rulings\n| Ruling | Goods | Tariff heading | Duty |\n"
            "| R-1 | Frozen prawns | 0306.17 | duty 15% |\n| R-2 | Copper wire | 7408.11 | duty 5% |",
            [15.0, 5.0],
        ),
        (
            "Cases closed\n| Ref. | Firm | Fine |\n| 2231 | Acme Ltd | $40,000 |\n"
            "| 2232 | Beta plc | $12,000 |",
            [40000.0, 12000.0],
        ),
        (
            "Export list\n| Product | HS code | Tonnes |\n| Cocoa beans | 1801 | 4,200 |\n"
            "| Cashew nuts | 0801 | 1,900 |",
            [4200.0, 1900.0],
        ),
        (
            "Open files\n| Case ID | Court | Months open |\n| 88412 | Lagos | 14 |\n"
            "| 88419 | Abuja | 9 |",
            [14.0, 9.0],
        ),
    ],
)
def test_code_columns_hold_no_quantities(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert _values(claims_of, text) == kept


def test_count_columns_stay(claims_of: Rows) -> None:
    text = "Port calls\n| Port | Calls | Cargo |\n| Alpha | 1,240 | 3.1 mt |\n| Beta | 980 | 2 mt |"
    assert 1240.0 in _values(claims_of, text) and 980.0 in _values(claims_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Signatories\nNo. | Group | Contact | Region\n1 | River Farmers Union | Chair, Ann Lee | 4\n"
        "2 | Coast Fishers | Sam Obi | 6",
        "Polling stations\n| Station | Officer | Ward |\n| Hall A | J. Ross | 12 |\n| Hall B | M. Kay | 7 |",
        "Clinics reopened\n| Clinic | District | Staff |\n| North Gate | 3 | 14 nurses |\n"
        "| Hill Road | 5 | 9 nurses |",
        "Our members\n| Member | Town | Zone |\n| Ada Mills | Kano | 2 |\n| Ibe Farms | Jos | 3 |",
    ],
)
def test_numbered_area_columns_hold_no_quantities(claims_of: Rows, text: str) -> None:
    assert all(v not in (2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 12.0) for v in _values(claims_of, text))
