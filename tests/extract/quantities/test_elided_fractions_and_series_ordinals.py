"""A bounded fraction whose verb and noun are left out after a figure in its sentence ('half
of the permits went to farms, workshops about a quarter') is a share of that figure's whole;
'a third' one past a count ('two flights landed; a third is due') is the next in a series, no
share."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value", "bound", "item"),
    [
        (
            "Farms received almost half of the permits, workshops about a quarter.",
            "about a quarter",
            25,
            "approx",
            "permits",
        ),
        (
            "Around 70% of the maize has been harvested in the north, but only about a third "
            "in the south.",
            "about a third",
            33.33,
            "approx",
            "maize",
        ),
        (
            "Some 40% of the vaccines went to clinics and roughly a fifth to schools.",
            "roughly a fifth",
            20,
            "approx",
            "vaccines",
        ),
        (
            "Nearly 60% of the loans were repaid on time, and more than a quarter late.",
            "more than a quarter",
            25,
            "gt",
            "loans",
        ),
    ],
)
def test_an_elided_fraction_shares_the_figure_before(
    claims_of: Rows, text: str, anchor: str, value: float, bound: str, item: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_bound"], row["quantity_unit"]) == (
        value,
        bound,
        "%",
    )
    assert row["quantity_item"] == item


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is about a quarter finished.",
        "Work on the dam is roughly a third done, officials said.",
    ],
)
def test_an_elided_fraction_needs_a_figure_before(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Two relief flights have landed at the airport. A third is due on Friday.", "A third"),
        ("Police arrested two suspects on Monday and a third on Tuesday.", "a third"),
        ("The court froze the assets of two traders and released those of a third.", "a third"),
        ("Three reactors are offline; a fourth is being refuelled.", "a fourth"),
    ],
)
def test_the_next_in_a_series_is_no_share(claims_of: Rows, text: str, anchor: str) -> None:
    start = text.index(anchor)
    rows = claims_of(text, "quantity")
    assert not any(r["span_start"] < start + len(anchor) and start < r["span_end"] for r in rows)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "Two mills closed last year, and a third of the workforce lost their jobs.",
            "a third of the workforce",
            33.33,
        ),
        ("Exports fell by a third after two ports shut.", "a third", 33.33),
        ("After two ports shut, exports fell by a third.", "a third", 33.33),
    ],
)
def test_a_fraction_after_a_count_is_still_a_share(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == value
