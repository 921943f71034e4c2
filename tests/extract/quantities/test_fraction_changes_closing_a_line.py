"""A change by a fraction that closes a headline or standfirst with no stop ('could fall by a
third') is a share in percent, as it is inside a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("page", "anchor", "value", "change"),
    [
        (
            "Wheat harvest recovers after rains\n"
            "Ministry raises forecast; bakers say loaf prices may drop by a third\n\n"
            "The ministry raised its wheat forecast on Monday after late rains.\n",
            "a third",
            33.33,
            "decrease",
        ),
        (
            "Ferry operator to cut winter sailings by a quarter\n\n"
            "The operator said on Tuesday that fuel costs had risen sharply.\n",
            "a quarter",
            25.0,
            "decrease",
        ),
        (
            "Port fees set to rise by a fifth\n\n"
            "Shipping lines were told of the new tariff in a letter on Friday.\n",
            "a fifth",
            20.0,
            "increase",
        ),
    ],
)
def test_a_fraction_change_closing_a_line_is_a_share(
    tmp_path: Path, page: str, anchor: str, value: float, change: str
) -> None:
    row = next(r for r in page_rows(tmp_path, page, "quantity") if anchor in r["span_text"])
    assert (row["quantity_value"], row["quantity_unit"], row["quantity_change"]) == (
        value,
        "%",
        change,
    )
