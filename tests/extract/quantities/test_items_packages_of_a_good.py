"""A count of packages of a good ('4,000 cartons of cigarettes', 'sacks of charcoal') counts the
packages, as the dev golds write it; a weight of a good ('300 pounds of cocaine') measures the
good, and a package count with no 'of' phrase measures what its level's subject names."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Customs officers seized 4,100 cartons of cigarettes at the port.", "4,100", "cartons"),
        ("Traders shipped roughly 150,000 sacks of charcoal to the coast.", "150,000", "sacks"),
        ("Rangers found 41 bags of pangolin scales in a warehouse.", "41 bags", "bags"),
        (
            "The city hauled away some 40,000 truckloads of snow this winter.",
            "40,000",
            "truckloads",
        ),
    ],
)
def test_packages_of_a_good_are_counted(claims_of: Rows, text: str, anchor: str, item: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("Police found 300 pounds of cocaine in the truck.", "300 pounds", "cocaine"),
        ("Coffee exports fell to 2.9 million bags in September.", "2.9 million", "coffee exports"),
    ],
)
def test_a_weight_or_a_bare_package_level_measures_the_good(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
