"""'Name: figure' rows under a heading that breaks a figure down by place ('Arrivals by region',
'Where the buyers came from') say where each figure holds: the heading names what is counted,
also for names no list knows and names with 'of' in them; rows under any other heading keep
their labels."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "Grain procurement by province (tonnes):\nKashka: 212,300\nNurota: 98,450\n",
            "98,450",
            "procurement",
        ),
        (
            "Tourist arrivals by region\nNorthern Uplands: 41,200\nLakes District: 18,900\n",
            "41,200",
            "arrivals",
        ),
        (
            "WHERE THE BUYERS CAME FROM\nNorth America: 31%\nRest of the world: 12%\n",
            "12%",
            "buyers",
        ),
        (
            "Where exporters shipped to\nRepublic of Korea: 22%\nKingdom of Saudi Arabia: 9%\n",
            "22%",
            "exporters",
        ),
    ],
)
def test_a_place_row_counts_what_the_heading_names(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        ("Crew and cargo\nCrew: 34\nContainers: 1,200\n", "34", "crew"),
        ("Weekly catch summary\nLobsters: 2,400\nCrabs: 5,100\n", "5,100", "crabs"),
    ],
)
def test_a_noun_row_under_another_heading_keeps_its_label(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head


def test_a_heading_that_only_names_the_dimension_keeps_the_row_labels(claims_of: Rows) -> None:
    text = "Wine output this year.\n\nRegion by region\nRioja: 2.6 mhl (+8% y/y)\nRibera: 1.1 mhl\n"
    assert found(claims_of, text, "2.6")["quantity_item"] != "region"
