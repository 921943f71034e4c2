"""Sanction recall families: a blocking verb coordinated after another action, denial orders,
work on a coming package, assets frozen, access denied, and signed decrees (invented examples)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Brussels also froze a private jet owned by Petrov and blocked his yacht Blue Heron "
            "on Monday.",
            {"vessel": 1},
        ),
        (
            "The Treasury on Monday sanctioned eight Peruvian gold dealers and blocked a bulk "
            "carrier that had moved their ore to Asia.",
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
            "Washington slapped denial orders on three Belarusian freight airlines on Monday, "
            "barring them from buying American spare parts.",
            "imposed",
            {"organization": 3},
        ),
        (
            "Washington imposed a denial order on a Kazakh logistics firm last week.",
            "imposed",
            {"organization": 1},
        ),
        (
            "The Commerce Department on Friday extended its denial orders against four Iranian "
            "airlines by six months.",
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
        "The EU imposed sanctions on Belarus. Work on a new package of sanctions against "
        "Belarus will begin after the summer, an EU official said.",
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
            "Britain imposed sanctions on smugglers. Six people and two firms running a "
            "counterfeit vodka trade have had their holdings frozen.",
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
            "The EU imposed sanctions on Russia. Iceland said the 40 tankers named by Brussels "
            "would be denied access to its harbours.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv imposed sanctions on Russia. President signs two sanctions decrees, hitting 56 "
            "individuals and entities linked to forced adoptions",
            {"other": 56},
        ),
        (
            "Ukraine imposed sanctions on Russia. The president signed new sanctions decrees on "
            "Friday, hitting 40 Russian officials and three banks.",
            {"person": 40, "organization": 3},
        ),
        (
            "Kyiv imposed fresh sanctions on Thursday, hitting 12 shipping companies and 30 "
            "tankers.",
            {"organization": 12, "vessel": 30},
        ),
        (
            "Minsk imposed sanctions on Poland. The president has signed a counter-sanctions "
            "decree targeting 20 Polish firms.",
            {"organization": 20},
        ),
    ],
)
def test_signed_sanctions_decrees_and_the_targets_they_hit(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[-1]) == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "The president signed a trade deal with Brazil on Friday.",
        "The senators signed a letter urging sanctions on Iran.",
    ],
)
def test_signing_something_else_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
