"""A currency letter that several currencies share ('K': kina, kwacha, kyat) is the one the
article names in words; the dollar signs of smaller territories ('CI$', 'G$') are money in
their own currency; 'ML' written in capitals after a figure is megalitres, not millilitres."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.quantities.helpers import Rows, found
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("page", "anchor", "value", "unit"),
    [
        (
            "Market prices\n\nThe kwacha weakened in June.\n\n"
            "A sack of sugar sold for K640 at the market.\n",
            "K640",
            640.0,
            "ZMW",
        ),
        (
            "Bread\n\nTraders blamed the weak kwacha.\n\n"
            "A loaf now costs an average of K38 in town.\n",
            "K38",
            38.0,
            "ZMW",
        ),
        (
            "Fuel\n\nPump prices rose again after the kwacha slid.\n\n"
            "Petrol is K31.7 per litre from Friday.\n",
            "K31.7",
            31.7,
            "ZMW",
        ),
        (
            "Rice\n\nPort Moresby retailers say the kina buys less.\n\n"
            "Rice is selling at K89 for a bag.\n",
            "K89",
            89.0,
            "PGK",
        ),
    ],
)
def test_a_shared_currency_letter_is_the_currency_the_article_names(
    tmp_path: Path, page: str, anchor: str, value: float, unit: str
) -> None:
    row = next(r for r in page_rows(tmp_path, page, "quantity") if anchor in r["span_text"])
    assert (row["quantity_value"], row["quantity_unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The regulator may impose a penalty of up to CI$500,000.", "CI$500,000", 500_000.0, "KYD"),
        ("Island banks reported deposits of CI$2.3 billion.", "CI$2.3 billion", 2.3e9, "KYD"),
        ("The river crossing is to cost about G$4.6 billion.", "G$4.6 billion", 4.6e9, "GYD"),
        ("Customs seized timber valued at G$75 million.", "G$75 million", 75e6, "GYD"),
    ],
)
def test_a_territorys_dollar_sign_is_its_own_currency(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("She holds 800 ML of high security entitlement on the river.", "800 ML", 800.0),
        ("The trust bought 2,450 ML from irrigators last season.", "2,450 ML", 2450.0),
        ("Cotton uses around 8 ML/ha in a dry year.", "8 ML/ha", 8.0),
        ("The farm must buy at least 950 ML before spring.", "950 ML", 950.0),
    ],
)
def test_capital_ml_after_a_figure_is_megalitres(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, "ML")


def test_small_ml_stays_millilitres(claims_of: Rows) -> None:
    rows = claims_of("The shop sells the syrup in 250 ml bottles.", "quantity")
    assert all(r["quantity_unit"] != "ML" for r in rows)
