"""A figure whose unit measures an attribute names the attribute (CLAIMS.md-only writers of
several dev sets agree): an area figure is an area ('burned area', 'planted area', 'lake area'),
a length a gauge reads is a water level."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


def _head(item: str) -> str:
    return item.split()[-1]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The wildfire near the border had burned about 9,000 hectares by Sunday.", "9,000"),
        ("Some 3,400 acres were scorched before crews contained the blaze.", "3,400"),
        ("Last year's bushfire, which charred 12,000 hectares, is still under review.", "12,000"),
        ("Firefighters say the two blazes will burn through 800 sq km unless winds drop.", "800"),
    ],
)
def test_an_area_a_burn_verb_governs_is_the_burned_area(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "burned area"


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("At its low point the reservoir covered only 40 square miles.", "40 square"),
        ("The lagoon, once 120 km2, has shrunk by half since the 1990s.", "120 km2"),
        ("Engineers expect the lake to spread over roughly 310 hectares next spring.", "310"),
        ("The ministry plans to sow 1.3 million hectares with winter wheat.", "1.3 million"),
        ("A further 5,000 ha could go under water if the levee fails.", "5,000"),
    ],
)
def test_an_area_the_holder_names_is_its_area(claims_of: Rows, text: str, anchor: str) -> None:
    assert _head(found(claims_of, text, anchor)["quantity_item"]) == "area"


@pytest.mark.parametrize(
    "text",
    [
        "Olive groves cover about 2.75 million hectares across the south.",
        "Mine clearance was carried out on 4,000 hectares of farmland.",
        "The fire destroyed 600 hectares of pine forest in a single afternoon.",
    ],
)
def test_an_area_of_a_named_thing_keeps_the_thing(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "quantity")
    assert rows and not rows[0]["quantity_item"].endswith("area")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("On Monday the gauge at the harbour read 3.4 metres.", "3.4"),
        ("The river gauge at Kaub is expected to show below 80 cm by Friday.", "80 cm"),
        ("Readings from the upstream gauge had climbed to 21 feet overnight.", "21 feet"),
        ("A gauge near the dam was reading 412.5 metres when the spillway opened.", "412.5"),
    ],
)
def test_a_length_a_gauge_reads_is_a_water_level(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "water level"


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("The state bought 40,000 acre-feet of river water from farmers.", "40,000", "water"),
        (
            "Irrigators were allotted some 2,500 acre-feet of snowmelt this spring.",
            "2,500",
            "snowmelt",
        ),
        ("Only 300 acre-feet of storage remained in the reservoir by August.", "300", "storage"),
        (
            "A pipeline will carry 15,000 acre-feet of treated wastewater a year.",
            "15,000",
            "wastewater",
        ),
    ],
)
def test_a_volume_in_acre_feet_counts_its_of_phrase(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert _head(found(claims_of, text, anchor)["quantity_item"]) == head
