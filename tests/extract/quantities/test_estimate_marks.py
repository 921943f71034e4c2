"""A figure its line marks as an estimate in brackets is approximate, as 'an estimated 4,200'
is: the mark ends the label before it ('Losses (est.): $4m') or follows it ('4,200 (estimate)')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, on_a_page


@pytest.mark.parametrize(
    ("line", "anchor"),
    [
        ("Funds held offshore (est.): $2.6bn", "$2.6bn"),
        ("Homes damaged (estimated): 1,900", "1,900"),
        ("Workers on site at peak: 3,100 (estimate)", "3,100"),
        ("Rice harvest 2026: 19.4 million tonnes (est.)", "19.4 million"),
        ("Visitors expected this summer: 85,000 (approx.)", "85,000"),
    ],
)
def test_a_bracketed_estimate_mark_makes_a_label_figure_approximate(
    claims_of: Rows, line: str, anchor: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_bound"] == "approx"


def test_an_estimate_mark_after_the_counted_noun(claims_of: Rows) -> None:
    text = "Planners expect 4,200 jobs (estimate) from the new port."
    assert found(claims_of, text, "4,200")["quantity_bound"] == "approx"


@pytest.mark.parametrize(
    ("line", "anchor"),
    [
        ("Funds held offshore: $2.6bn (audited)", "$2.6bn"),
        ("Homes damaged: 1,900", "1,900"),
    ],
)
def test_a_figure_with_no_estimate_mark_stays_plain(
    claims_of: Rows, line: str, anchor: str
) -> None:
    assert found(claims_of, on_a_page(line), anchor)["quantity_bound"] == "eq"
