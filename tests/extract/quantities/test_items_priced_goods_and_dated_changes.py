"""A price whose 'of' phrase names a good measures the good (annotation/guidelines.md names the
good, and CLAIMS.md-only writers do too: 'the average price of a pint hit GBP 5': pint). The item of
a change is what changes: not a time in its 'in' phrase ('after a 4.8% rise in April': the clause's
subject), the object of 'raise X by 4%', the subject set against its own earlier level."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The spot price of cobalt climbed to $33,000 a tonne on Tuesday.", "$33,000", "cobalt"),
        ("The wholesale price of butter fell to €4,900 a tonne in May.", "€4,900", "butter"),
        ("In March the average price of a loaf reached £1.45.", "£1.45", "loaf"),
        ("The price of a cinema ticket has risen to $11.75.", "$11.75", "cinema ticket"),
    ],
)
def test_a_price_of_a_good_measures_the_good(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The basic pension is £230 a week this year, after a 4.8% rise in April.",
            "4.8%",
            "basic pension",
        ),
        (
            "Average rents in the capital hit £2,100 a month after a 6% rise in the first quarter.",
            "6%",
            "average rents",
        ),
        ("Tuition fees reached $9,250, following a 3% increase in 2023.", "3%", "tuition fees"),
        (
            "The allowance now stands at €410 a month, after a 2.5% cut in the spring.",
            "2.5%",
            "allowance",
        ),
    ],
)
def test_a_change_in_a_time_is_of_the_clause_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "We expect prices to stay flat and raise our 2026 global demand forecast by 4%.",
            "4%",
            "demand forecast",
        ),
        (
            "The council trimmed its 2025 capital budget by 3% after the audit.",
            "3%",
            "capital budget",
        ),
        (
            "The agency has cut its 2024 growth forecast by 0.3 percentage points.",
            "0.3",
            "growth forecast",
        ),
        ("Analysts lifted their 2027 output estimate by 6%.", "6%", "output estimate"),
    ],
)
def test_a_change_by_a_share_is_of_the_verb_object(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Brewers' energy bills remain around 60% above pre-2022 levels.", "60%", "energy bills"),
        ("Air traffic in the region is still 12% below 2019 levels.", "12%", "air traffic"),
        ("Steel output stayed 8% under last year's level through March.", "8%", "steel output"),
        (
            "Home sales were running about 15% above pre-pandemic levels in May.",
            "15%",
            "home sales",
        ),
    ],
)
def test_a_share_against_an_earlier_level_is_of_the_subject(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Prices\n\n - Lithium hydroxide (battery grade, CIF CJK): US$9,950/t, +6.0% m/m\n",
            "+6.0%",
            "lithium hydroxide",
        ),
        ("Prices\n\nHydroxide CIF CJK avg: US$9,950/t\n", "US$9,950/t", "hydroxide"),
        (
            "Prices\n\n - Copper concentrate (CIF China): US$3,100/t, -2% m/m\n",
            "US$3,100/t",
            "copper concentrate",
        ),
        ("Prices\n\nIron ore pellets FOB Brazil: US$140/t\n", "US$140/t", "iron ore pellets"),
    ],
)
def test_a_good_in_a_quote_label_names_it_whatever_its_tag(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_share_against_the_price_of_a_good_measures_the_price(claims_of: Rows) -> None:
    text = "The new cap, set 15% below the average market price of Brent crude, applies from May."
    assert found(claims_of, text, "15%")["quantity_item"] == "market price"
