"""Figures as statistics offices and hard-wrapped pages write them: thousands set off by a
space before decimals and a scale ('5 968.4 mio.'), 'pct.' for per cent, and a scale word
that a line break parts from its figure ('JOD 61.5' at a line's end, 'million' on the next)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Exports amounted to 5 968.4 mio. kr. in 2025, the office said.", "5 968.4 mio", 5968.4e6),
        (
            "Turnover reached 1 086.2 million euros in the first quarter.",
            "1 086.2 million",
            1086.2e6,
        ),
        ("The fund now holds 12 450.5 million dollars in bonds.", "12 450.5 million", 12450.5e6),
        ("Pension spending came to 2 418 billion euros last year.", "2 418 billion", 2418e9),
    ],
)
def test_space_grouped_figures_with_a_scale(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Exports fell 3.1 pct. compared with the year before.", "3.1 pct", 3.1),
        ("Prices rose 12 pct in the quarter.", "12 pct", 12),
        ("Fish made up 91.4 pct of all goods exported.", "91.4 pct", 91.4),
        ("Unemployment will drop to 4.5 pct next year.", "4.5 pct", 4.5),
    ],
)
def test_pct_is_per_cent(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "%")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The utility paid JOD 61.5\nmillion for power last year.", "JOD 61.5", 61.5e6),
        ("The council spent 4.5\nbillion shillings on roads.", "4.5", 4.5e9),
        ("Revenue rose to $148.2\nmillion in the year to June.", "$148.2", 148.2e6),
        ("Investors had lost about 310\nmillion pesos by then.", "310", 310e6),
    ],
)
def test_a_scale_on_the_next_line(claims_of: Rows, text: str, anchor: str, value: float) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_figure_at_a_line_end_before_another_line_stays_alone(claims_of: Rows) -> None:
    text = "Revenue rose to JOD 148.2 million in 2025, and\n3 people were hired."
    assert found(claims_of, text, "3 people")["quantity_value"] == 3


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("Mackerel exports were worth 384.0 mio. kr.", "384.0 mio", 384e6, "DKK"),
        ("Exports reached 6 159.3\nmio. kr. in the year before.", "6 159.3", 6159.3e6, "DKK"),
        ("Sales came to 12.5 mio. euros in May.", "12.5 mio", 12.5e6, "EUR"),
        ("The state paid 1 250.0\nmio. kr. for the ferries.", "1 250.0", 1250e6, "DKK"),
    ],
)
def test_a_unit_after_an_abbreviated_scale(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)
