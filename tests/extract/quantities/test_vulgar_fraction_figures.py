"""A figure written with a fraction character after its digits ('4\u00bd%', '2\u00be times'), as
pages write halves and quarters, or with its HTML reference undecoded ('7&frac14;'): the
character adds its value to the whole number, and a percent sign after it is the unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.quantities.helpers import Rows, found
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Nurses were offered a 4\u00bd% raise by the health board.", "4\u00bd%", 4.5, "%"),
        ("Exports to Chile have grown 2\u00be times since 2019.", "2\u00be times", 2.75, "times"),
        ("The council will lift parking fees by 6\u00bc% next spring.", "6\u00bc%", 6.25, "%"),
        ("The new ferry carries 1\u00bd times as many cars.", "1\u00bd times", 1.5, "times"),
    ],
)
def test_a_fraction_character_adds_to_the_figure(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
    assert row["quantity_unit"] == unit


def test_a_decimal_with_a_fraction_character_is_no_figure(claims_of: Rows) -> None:
    text = "Grain rose 3.5\u00bd in the index."
    assert not [r for r in claims_of(text, "quantity") if r["quantity_value"] in (3.5, 4.0)]


PAGE = (
    "Valley Courier &ndash; Local news\n"
    "Posted on May 4, 2026 by Newsdesk\n"
    "Bus drivers in the valley will get a 7&frac14;% pay increase from July, the transport"
    " authority said on Monday.\n"
    "Share this:\n"
)


def test_an_undecoded_fraction_reference_is_read_on_the_page(tmp_path: Path) -> None:
    rows = [r for r in page_rows(tmp_path, PAGE, "quantity") if r["quantity_value"] == 7.25]
    assert len(rows) == 1
    assert "7&frac14;%" in rows[0]["span_text"]
    assert PAGE[rows[0]["span_start"] : rows[0]["span_end"]] == rows[0]["span_text"]
