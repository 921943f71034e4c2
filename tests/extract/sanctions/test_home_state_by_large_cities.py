"""A regional page whose opening names no state, only large cities of one state ('the Supreme
Court in <a state capital>'), has that state as its home: a bare court acts for it (invented
pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "Court restrains drug ring's homes\n\n"
        "The Supreme Court in Brisbane on Tuesday restrained the homes and cars of four men "
        "accused of running a methamphetamine ring out of a Gold Coast car wash.\n\n"
        "The court also froze two bank accounts of the car wash.\n",
        "froze two bank accounts",
        "Australia",
    ),
    (
        "Boats of crayfish ring frozen\n\n"
        "Prosecutors in Adelaide have won orders freezing the assets of three fishermen "
        "accused of selling undersized rock lobster through a network of restaurants.\n\n"
        "The court restrained two boats and a house at Port Lincoln.\n",
        "restrained two boats",
        "Australia",
    ),
    (
        "Orders freeze bikie gang assets\n\n"
        "A court in Perth has frozen the assets of five members of a motorcycle gang accused of "
        "laundering cash from drug sales through three tattoo parlours in the northern suburbs.\n\n"
        "The court froze six properties and nine motorcycles.\n",
        "six properties",
        "Australia",
    ),
    (
        "Judge freezes fraudster's yacht\n\n"
        "The County Court in Melbourne froze the yacht and two apartments of a financial adviser "
        "who is accused of taking money from dozens of retired clients over ten years.\n\n"
        "The court later froze two cars of the adviser as well.\n",
        "two cars of the adviser",
        "Australia",
    ),
]


@pytest.mark.parametrize(("text", "span", "home"), PAGES)
def test_a_bare_court_acts_for_the_state_of_the_cities_named(
    tmp_path: Path, text: str, span: str, home: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if span in r["sentence"]]
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [home]
