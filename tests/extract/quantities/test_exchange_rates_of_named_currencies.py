"""A bare figure per a currency whose clause's subject names a currency is that currency's rate:
the subject named with the word before it ('the Syrian pound'), or by a word that names no one
currency alone ('the dinar') in an article that qualifies it elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.quantities.helpers import Rows, found
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The Syrian pound slid to 13,000 to the dollar last month.", "13,000", 13000, "SYP"),
        ("The Sudanese pound is trading near 2,600 against the dollar.", "2,600", 2600, "SDG"),
    ],
)
def test_a_rate_takes_the_currency_its_subject_names(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("page", "anchor", "unit"),
    [
        (
            "Baghdad budget talks\n\n"
            "Reserves are counted in Iraqi dinars.\n\n"
            "The dinar firmed to 1,305 to the dollar on Sunday.\n",
            "1,305",
            "IQD",
        ),
        (
            "Tunis wage deal\n\n"
            "Wages are paid in Tunisian dinars, and the dinar has held at 3.1 to the dollar.\n",
            "3.1",
            "TND",
        ),
    ],
)
def test_a_bare_dinar_rate_takes_the_form_its_article_names(
    tmp_path: Path, page: str, anchor: str, unit: str
) -> None:
    row = next(r for r in page_rows(tmp_path, page, "quantity") if anchor in r["span_text"])
    assert row["quantity_unit"] == unit


def test_a_bare_dinar_the_article_never_qualifies_gives_no_rate(claims_of: Rows) -> None:
    text = "The dinar was quoted at 3.2 to the dollar on Monday."
    assert [r["quantity_unit"] for r in claims_of(text, "quantity")] == []
