"""A capitalized length word right before a figure in a unit ('Length 114 m', 'LOA 128 m',
'Height 300 m') labels a measure: the figure is a quantity, not the number of a name."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor", "value"),
    [
        ("Tanker Nord Star | LOA 183 m | Berth 4", "183", 183.0),
        ("Length 96 m, beam 15 m, built 2019", "96", 96.0),
        ("Height 320 m | Floors 78", "320", 320.0),
        ("Depth 40 m at the outer buoy", "40", 40.0),
    ],
)
def test_a_length_label_before_a_measure_is_no_name(
    claims_of: Rows, line: str, anchor: str, value: float
) -> None:
    text = on_a_page(line)
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_capitalized_name_before_a_bare_figure_stays_a_name(claims_of: Rows) -> None:
    assert claims_of(on_a_page("Ships use Berth 4 in winter."), "quantity") == []
