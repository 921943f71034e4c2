"""Headlines: title-case and verbless headlines name what their figure measures before the change
verb or 'up', 'down', 'at'; a measure in title case is no name number."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Ukrainian Grain Exports Rise 12% In August\n\nThe harvest came early.",
            "12%",
            "grain exports",
        ),
        ("Steel Output Falls 4% In March As Demand Weakens", "4%", "steel output"),
        ("DEATH TOLL CLIMBS TO 31 AS RIVERS RECEDE\n\nRescuers found more bodies.", "31", "deaths"),
        ("Russian Oil Revenue Slumps To $13 Billion In June", "$13 Billion", "oil revenue"),
        ("Central Bank Raises Key Rate To 21%, Signals More Hikes", "21%", "key rate"),
        ("Flood Deaths Climb To More Than 31 In Southern Poland", "31", "flood deaths"),
    ],
)
def test_a_title_case_headline_counts_the_words_before_its_change_verb(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Air Cargo Volumes Up 5.2% in March", "5.2%", "air cargo volumes"),
        ("Port Monitor: Container Dwell Times Down 11%", "11%", "container dwell times"),
        ("Jobless Rate at Record Low 2.9%", "2.9%", "jobless rate"),
        ("Wheat Exports at 4.2 Million Tonnes in June", "4.2 Million Tonnes", "wheat exports"),
    ],
)
def test_a_verbless_headline_names_what_its_figure_measures_before_up_down_or_at(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Black Sea Ports Ship Record 6.5 Million Tonnes In August", "6.5", 6.5e6),
        ("Russia's Oil Exports Hit Record 4.1 Million Barrels A Day", "4.1", 4.1e6),
        ("Norway Pledges Another 2 Billion Kroner For Air Defence", "2 Billion", 2e9),
        ("Drought Cuts Grain Harvest By Nearly 20 Percent This Year", "20", 20),
    ],
)
def test_a_measure_in_a_title_case_headline_is_no_name_number(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == pytest.approx(value)


def test_a_name_number_in_a_title_case_headline_stays_a_name(claims_of: Rows) -> None:
    rows = claims_of("Tanker Sea Breeze 2 Anchors Off Gotland With 24 Crew", "quantity")
    assert [r["quantity_value"] for r in rows] == [24]


@pytest.mark.parametrize(
    ("headline", "item"),
    [
        ("Leeds Bus Fares To Rise 8% From April", "bus fares"),
        ("Dublin Rents Climb 6% In A Year", "dublin rents"),
        ("Bristol House Prices Fall 3% After Rate Rise", "bristol house prices"),
        ("Millbrook Water Rates To Jump 14.5% After Record Year", "millbrook water rates"),
    ],
)
def test_a_headline_under_a_section_heading_is_no_place_row(
    claims_of: Rows, headline: str, item: str
) -> None:
    text = f"LOCAL NEWS\n\n{headline}\n\nThe council backed the plan on Monday."
    assert one(claims_of, text)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Prices moved.\n- Wheat slipped 2% on Monday.", "2%", "wheat"),
        ("Markets were calm.\n– Copper rose 3% in early trade.", "3%", "copper"),
        ("A quiet day.\n— Cocoa fell 4% after the rains.", "4%", "cocoa"),
    ],
)
def test_a_bullet_dash_that_opens_its_sentence_does_not_break_the_reading(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
