"""Two conventions CLAIMS.md-only writers follow (annotation/guidelines.md): a power rating an
install, add or connect verb governs counts the installations, not the capacity; a multiple
counts the noun that is N times ('three times as many ships': ships)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Spain installed 4.2 GW in the first quarter.", "4.2 GW"),
        ("Utilities will add roughly 15 GW next year, the ministry forecasts.", "15 GW"),
        ("Only 600 MW was connected to the grid during the winter.", "600 MW"),
        ("Developers, who had commissioned 2.1 GW by June, now expect a slowdown.", "2.1 GW"),
    ],
)
def test_a_power_rating_an_install_verb_governs_counts_installations(
    claims_of: Rows, text: str, anchor: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "installations"


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The port handled three times as many containers as in 2019.",
            "three times",
            "containers",
        ),
        (
            "Farmers now harvest twice as much winter wheat as a decade ago.",
            "twice",
            "winter wheat",
        ),
        (
            "Roughly four times as many refugees were registered this spring.",
            "four times",
            "refugees",
        ),
        ("Will the depot need five times as many trucks by 2030?", "five times", "trucks"),
    ],
)
def test_n_times_as_many_counts_the_noun_after_it(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The centre took in 80 people a day, twice its planned capacity.", "twice", "capacity"),
        (
            "Losses came to 312 flights, more than double the 140 flights cancelled in 2021.",
            "double",
            "flights",
        ),
        (
            "Fees reached $900, nearly three times the agreed tariff of 2020.",
            "three times",
            "tariff",
        ),
        ("Output hit 40 tonnes, triple its expected yield.", "triple", "yield"),
    ],
)
def test_a_multiple_beside_a_figure_counts_its_modified_whole(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == item
