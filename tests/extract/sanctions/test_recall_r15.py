"""Round 15, sanction recall: construction families the dev sets missed (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The EU further froze a business jet registered to Petrov and blocked the yacht "
            "Blue Heron, said to be worth EUR 30m.",
            {"vessel": 1},
        ),
        (
            "The Treasury on Monday sanctioned eight people and four companies in Peru that it "
            "says laundered gold, and blocked a bulk carrier used to ship the ore.",
            {"vessel": 1},
        ),
        (
            "Britain froze the accounts of two brokers and blocked three tankers linked to them.",
            {"vessel": 3},
        ),
        (
            "Japan designated five timber exporters on Friday and blocked two bulk carriers "
            "that had loaded logs in Myanmar.",
            {"vessel": 2},
        ),
    ],
)
def test_blocking_property_after_another_verb_is_its_own_claim(
    claims_of: Rows, text: str, second: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == second


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The Commerce Department on Monday issued fresh denial orders against three "
            "freight airlines based in Belarus, cutting them off from US-made parts.",
            "imposed",
            {"organization": 3},
        ),
        (
            "Washington imposed a denial order on a Kazakh logistics firm last week.",
            "imposed",
            {"organization": 1},
        ),
        (
            "The Commerce Department also renewed for another 180 days its denial orders "
            "against four Iranian airlines.",
            "extended",
            {"organization": 4},
        ),
        (
            "The US will issue new denial orders against two Turkish air cargo companies, "
            "officials said.",
            "planned",
            {"organization": 2},
        ),
    ],
)
def test_denial_orders_are_sanctions(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A court order froze the case. The judge said it was issued in order to protect witnesses.",
        "The governor signed a presidential-style order on farm trade with Chile.",
        "Airlines placed orders for 40 jets.",
        "The order was shipped to the Kazakh logistics firm.",
        "The EU imposed sanctions on Russia.\n\nMarch 2024 – Customs orders the seizure of the "
        "tanker and its oil, the first such order against a Russian vessel in the Baltic.",
    ],
)
def test_an_order_without_denial_is_no_sanction(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")  # only the opening sentence's own claim, if it has one
    assert len(rows) == (1 if "imposed sanctions" in text else 0), rows


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed sanctions on Russia. Work on a 21st package of sanctions against "
        "Russia would begin in October, diplomats said.",
        "The EU imposed sanctions on Russia. Officials said work on a new package would start "
        "next month.",
        "The EU imposed sanctions on Russia. Preparations on further listings are expected to "
        "begin after the summit.",
        "The EU imposed sanctions on Russia. Work on the next package will start once the "
        "ceasefire talks end, a spokesman said.",
    ],
)
def test_work_on_a_coming_package_is_planned(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain imposed sanctions on smugglers. Six people and two companies behind a "
            "cigarette smuggling ring have had their holdings frozen and are banned from travelling "
            "to the UK.",
            {"person": 6, "organization": 2},
        ),
        (
            "Four Belarusian judges have had their accounts frozen by Canada.",
            {"person": 4},
        ),
        (
            "Japan sanctioned Iran. Three drone makers also got their accounts frozen in the "
            "latest round.",
            {"organization": 3},
        ),
        (
            "The EU imposed sanctions on Syria. Five ministers had their funds frozen on Monday.",
            {"person": 5},
        ),
    ],
)
def test_targets_that_had_their_assets_frozen(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected, rows


def test_a_thing_frozen_by_weather_is_no_sanction(claims_of: Rows) -> None:
    assert claims_of("He had his car frozen in the snow.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU imposed sanctions on Russia. The 40 tankers listed by the EU will also be "
            "denied access to Icelandic ports and services.",
            {"vessel": 40},
        ),
        (
            "Britain sanctioned Iran. The four ships named today will be denied access to "
            "British ports.",
            {"vessel": 4},
        ),
        (
            "Canada sanctioned Belarus. Six cargo planes of the state airline were refused access "
            "to Canadian airspace on Monday.",
            {"aircraft": 6},
        ),
        (
            "Japan sanctioned North Korea. Nine fishing trawlers have been denied access to "
            "Japanese waters since March.",
            {"vessel": 9},
        ),
    ],
)
def test_targets_denied_access_to_ports(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_access_to_a_court_is_no_sanction(claims_of: Rows) -> None:
    assert claims_of("The reporters were denied access to the court.", "sanction") == []
