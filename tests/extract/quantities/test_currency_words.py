"""Currency words: plural names of single-country currencies, a currency written as one capital
letter with a scale, and bare words shared by several countries' currencies ('shillings',
'dinars'), which take the one qualified form their article names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.quantities.helpers import Rows, found
from tests.extract.stories import page_rows


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        ("The ministry spent 640 billion kwanzas on fuel imports last year.", "640", 640e9, "AOA"),
        ("Luanda will set aside about 95 billion kwanzas for road repairs.", "95", 95e9, "AOA"),
        ("The utility says the upgrade will cost 18 billion rand.", "18", 18e9, "ZAR"),
        ("Johannesburg approved a R3.5 billion budget for water pipes.", "R3.5", 3.5e9, "ZAR"),
        ("Exporters earned R740 million from citrus sales in March.", "R740", 740e6, "ZAR"),
        ("Growers sold coffee beans at 121,000 dong per kg on Friday.", "121,000", 121e3, "VND"),
        ("The fraud cost the treasury about 190 million leva last year.", "190", 190e6, "BGN"),
        ("Rice sold for 4,500 kyat a kilo in Yangon markets.", "4,500", 4500, "MMK"),
        ("A tuk-tuk ride costs about 8,000 riel in the capital.", "8,000", 8000, "KHR"),
    ],
)
def test_single_country_currency_names_and_letters(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert row["quantity_value"] == pytest.approx(value)
    assert row["quantity_unit"] == unit


def test_a_capital_letter_and_a_number_without_scale_is_no_money(claims_of: Rows) -> None:
    text = "Traffic on the R24 was halted for two hours after the crash."
    assert not [r for r in claims_of(text, "quantity") if r["quantity_unit"] == "ZAR"]


@pytest.mark.parametrize(
    ("page", "anchor", "unit"),
    [
        (
            "Nairobi traders wait for rains\n\n"
            "Tea fetched 310 Kenyan shillings a kilo at the auction.\n\n"
            "Farmers were paid 42 shillings more than a year before.\n",
            "42 shillings",
            "KES",
        ),
        (
            "Kampala budget passes\n\n"
            "Parliament approved 72 trillion Ugandan shillings in spending.\n\n"
            "Roads get 5.1 trillion shillings of it.\n",
            "5.1 trillion shillings",
            "UGX",
        ),
        (
            "Amman fuel prices steady\n\n"
            "Petrol stays at 0.9 Jordanian dinars a litre this month.\n\n"
            "The subsidy bill rose to 210 million dinars.\n",
            "210 million dinars",
            "JOD",
        ),
        (
            "Tunis wheat tender\n\n"
            "The state grain office paid 120 million Tunisian dinars for the cargoes.\n\n"
            "A second tender worth 60 million dinars follows in June.\n",
            "60 million dinars",
            "TND",
        ),
    ],
)
def test_a_bare_shared_currency_word_takes_the_form_its_article_names(
    tmp_path: Path, page: str, anchor: str, unit: str
) -> None:
    row = next(r for r in page_rows(tmp_path, page, "quantity") if anchor in r["span_text"])
    assert row["quantity_unit"] == unit


def test_a_bare_shared_currency_word_of_two_named_forms_has_no_unit(tmp_path: Path) -> None:
    page = (
        "East African markets\n\n"
        "Coffee sold for 900 Kenyan shillings and 9,000 Ugandan shillings a kilo.\n\n"
        "Brokers kept 15 million shillings in fees.\n"
    )
    row = next(r for r in page_rows(tmp_path, page, "quantity") if "15 million" in r["span_text"])
    assert not isinstance(row["quantity_unit"], str)  # null (read back as NaN)
