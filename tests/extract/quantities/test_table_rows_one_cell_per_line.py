"""A table flattened one cell per line (a converted PDF's key-figures box): each row is one claim,
its first figure, measuring what the row's label line names; the later cells of the row (an
earlier period, the change) are not claims of their own."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows

MINE = (
    "Output rose in the half, the board said.\n"
    "HIGHLIGHTS\n"
    "Half year to 31 December\n"
    "2025\n"
    "2024\n"
    "Change\n"
    "Copper produced (t)\n"
    "18,240\n"
    "16,905\n"
    "+7.9%\n"
    "Cash costs (US$/lb)\n"
    "2.41\n"
    "2.66\n"
    "-9.4%\n"
    "Outlook\n"
    "We expect a steady second half.\n"
)

AIRPORT = (
    "Traffic summary\n"
    "Passengers handled (m)\n"
    "9.84\n"
    "9.12\n"
    "Aircraft movements\n"
    "71,300\n"
    "68,950\n"
    "\n"
    "The airport will publish its annual figures in March.\n"
)

BANK = (
    "KEY NUMBERS\n"
    "Net interest income (NZ$m)\n"
    "1,208\n"
    "1,122\n"
    "+7.7%\n"
    "Impaired loans (NZ$m)\n"
    "344\n"
    "290\n"
    "+18.6%\n"
    "Dividend declared today.\n"
)

SUGAR = (
    "Season statistics\n"
    "Cane crushed (kt)\n"
    "4,512\n"
    "4,370\n"
    "4,018\n"
    "Sugar made (kt)\n"
    "498\n"
    "471\n"
    "440\n"
    "Mills will close for maintenance in December.\n"
)


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [
        text[r["span_start"] : r["span_end"]].strip()
        for r in claims_of(text, "quantity", "2026-02-20")
    ]


@pytest.mark.parametrize(
    ("text", "kept", "item", "dropped"),
    [
        (MINE, "18,240", "copper produced", ["16,905", "+7.9%"]),
        (MINE, "2.41", "cash costs", ["2.66", "-9.4%"]),
        (AIRPORT, "9.84", "passengers handled", ["9.12"]),
        (AIRPORT, "71,300", "aircraft movements", ["68,950"]),
        (BANK, "1,208", "net interest income", ["1,122", "+7.7%"]),
        (BANK, "344", "impaired loans", ["290", "+18.6%"]),
        (SUGAR, "4,512", "cane crushed", ["4,370", "4,018"]),
        (SUGAR, "498", "sugar made", ["471", "440"]),
    ],
)
def test_a_stacked_row_is_one_claim_on_its_first_figure(
    claims_of: Rows, text: str, kept: str, item: str, dropped: list[str]
) -> None:
    rows = [r for r in claims_of(text, "quantity", "2026-02-20")]
    mine = [r for r in rows if text[r["span_start"] : r["span_end"]].strip() == kept]
    assert len(mine) == 1, _spans(claims_of, text)
    assert mine[0]["quantity_item"] == item
    spans = _spans(claims_of, text)
    assert not any(d in s for d in dropped for s in spans), spans
