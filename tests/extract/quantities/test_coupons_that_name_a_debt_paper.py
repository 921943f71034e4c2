"""A coupon written before a debt paper and its maturity ('the 7.5% notes due 2029', 'its 4.25%
bonds due March 2031') names the paper, as a tenor does ('30-year bond'): no quantity; a
coupon stated as a figure ('a coupon of 6.5%') and a share before 'due to' stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "coupon"),
    [
        ("The company bought back part of its 7.5% senior notes due 2029.", "7.5%"),
        ("Investors swapped the 4.25% bonds due March 2031 for new paper.", "4.25%"),
        ("The state will redeem its 8% eurobond due 2027 a year early.", "8%"),
        ("Demand for the benchmark 3.875% due 2034 stayed firm on Monday.", "3.875%"),
    ],
)
def test_a_coupon_before_a_paper_due_names_it(claims_of: Rows, text: str, coupon: str) -> None:
    assert not any(coupon in s for s in _spans(claims_of, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The new bonds pay a coupon of 6.5%, due every six months.", "6.5%"),
        ("Prices rose 5% due to higher freight costs.", "5%"),
    ],
)
def test_a_stated_coupon_or_share_stays(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
