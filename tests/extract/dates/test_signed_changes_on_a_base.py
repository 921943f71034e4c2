"""A change written as a signed figure ('+12%', '−3%') and measured against a year or a period
counted back by years, with no figure of its own, names the comparison's base, no claim, as a
change told with a word does ('up 14% on 2022'); the level's own period stays."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_06_NOV_2025, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claims filed in 2024: 3,210 (+8% on 2023)", ["2024"]),
        ("Net revenue reached €4.1bn in 2024 (−3% on the previous year).", ["2024"]),
        ("Tourist nights, 2024: 9.4 million, +11.5% over 2023", ["2024"]),
        ("Exports in 2025 were 12 Mt (-6% from a year earlier).", ["2025"]),
    ],
)
def test_a_signed_change_on_a_base_with_no_figure(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in spans(text, THU_06_NOV_2025)] == expected


def test_a_signed_figure_alone_leaves_its_year() -> None:
    assert [s for s, _, _ in spans("The index fell to -4% in 2024.", THU_06_NOV_2025)] == ["2024"]
