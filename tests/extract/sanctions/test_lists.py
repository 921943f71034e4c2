"""Targets given as a list: lines after an introduction, a list continued in a later sentence,
items in an apposition or between commas, names listed along with a group."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import JAPAN_LEAD, Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a continued target list: named or added alongside, or closing the list
        ("Two former officials were named alongside four gang leaders.", {"person": 6}),
        ("Three Turkish firms were added for re-exporting microchips.", {"organization": 3}),
        ("Five captains were also named in the order.", {"person": 5}),
        ("A Cypriot insurer and two brokers round out the list.", {"organization": 3}),
        ("Two Kyrgyz distributors complete the list of entities.", {"organization": 2}),
    ],
)
def test_a_target_list_continued_in_a_later_sentence(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, JAPAN_LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "intro",
    [  # a line opening a list of the targets of the action before, in several wordings
        "Those designated today include:",
        "The newly listed include:",
        "The entities sanctioned on Monday are:",
        "The companies added comprise:",
    ],
)
def test_the_lines_of_a_list_after_its_introduction_are_claims(claims_of: Rows, intro: str) -> None:
    text = (
        JAPAN_LEAD
        + intro
        + "\n- Marlow Petroleum LLC, which ships diesel to Crimea;"
        + "\n- Kestrel Marine JSC, a tanker operator in Novorossiysk;"
        + "\n- Nordvik Avionics Ltd, which supplies drone engines."
    )
    rows = claims_of(text, "sanction", "2025-03-07")
    for r in rows:  # as the table has them: the sentence each claim is stated in
        r["sentence"] = text[r["sentence_start"] : r["sentence_end"]]
    carry_sanctions(rows)  # type: ignore[arg-type]
    kept = [r for r in rows if r["sanction_authorities"]]
    named = [t["names"] for r in kept[1:] for t in r["sanction_targets"]]
    assert named == [["Marlow Petroleum LLC"], ["Kestrel Marine JSC"], ["Nordvik Avionics Ltd"]]
    assert all(r["sanction_authorities"] == ["Japan"] for r in kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'A, B and C' read as an apposition and a coordination: all three are targets
        (
            "Washington blacklisted a Chinese drone maker, a Turkish logistics company and three"
            " Iranian nationals.",
            {"organization": 2, "person": 3},
        ),
        (
            "Britain sanctioned an Emirati trader, a Cypriot shipping firm and two captains.",
            {"organization": 2, "person": 2},
        ),
        (
            "Japan listed a Hong Kong bank, an Indian refiner and four tankers.",
            {"organization": 2, "vessel": 4},
        ),
        (
            "Canada sanctioned a Russian oligarch, a Belarusian judge and five officials.",
            {"person": 7},
        ),
    ],
)
def test_a_list_read_as_an_apposition_keeps_every_item(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Dubai broker was also added to the list, together with its owner.",
            {"organization": 1, "person": 1},
        ),
        (
            "Two Latvian banks remain on the list, along with their chairman.",
            {"organization": 2, "person": 1},
        ),
        (
            "The insurer Baltic Cover was put on the list together with two of its managers.",
            {"organization": 1, "person": 2},
        ),
        ("A Turkish airline was named alongside three pilots.", {"organization": 1, "person": 3}),
    ],
)
def test_who_is_listed_together_with_a_member_is_a_target_too(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of("Canada on Monday sanctioned 21 firms. " + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today's step follows the designation on May 4 of 12 companies tied to the drone "
            "program.",
            {"organization": 12},
        ),
        ("The order follows the listing in January of nine Russian tankers.", {"vessel": 9}),
        ("Canada announced the delisting last week of two Syrian banks.", {"organization": 2}),
        (
            "The EU announced the designation on 3 March of four Iranian officials.",
            {"person": 4},
        ),
    ],
)
def test_an_of_phrase_after_a_date_belongs_to_the_listing_noun(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two bankers were also listed, as was a trading firm registered in Laos.",
            {"person": 2, "organization": 1},
        ),
        (
            "Its chief executive remains listed, as does the company's main lender.",
            {"person": 1, "organization": 1},
        ),
        (
            "Three captains were also added to the list, as was their shipping company.",
            {"person": 3, "organization": 1},
        ),
        (
            "Four tankers were put on the list in May, as were two Greek ship operators.",
            {"vessel": 4, "organization": 2},
        ),
    ],
)
def test_as_was_adds_a_group_to_a_list_membership(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The three men, two Syrian nationals and a Lebanese trader, were added to the UN list.",
            {"person": 3},
        ),
        (
            "The individuals, two Iranian officers and a Chinese banker, were listed on Monday.",
            {"person": 3},
        ),
        (
            "Britain sanctioned the officers, two generals and a colonel, on Friday.",
            {"person": 3},
        ),
        (
            "The four firms, three shipping companies and a bank, were sanctioned by Canada.",
            {"organization": 4},
        ),
    ],
)
def test_members_listed_between_commas_are_the_group_itself(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Omega Freight LLC, one of the firms sanctioned today, arranged most of the shipments.",
        "Harbor Line Ltd, one of the firms blacklisted on Friday, owns the ship.",
        "Delta Marine Co, one of the companies designated in May, manages the tankers.",
        "Nordic Star Trading, one of the entities listed by Japan, was founded in 2019.",
    ],
)
def test_a_name_one_of_the_group_listed_is_the_target(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows and counts(rows[0]) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imagination Shipping Ltd was designated along with 12 companies and nine tankers.",
            {"organization": 13, "vessel": 9},
        ),
        ("The bank was sanctioned together with three subsidiaries.", {"organization": 4}),
        (
            "Ottawa listed the airline along with two cargo planes.",
            {"organization": 1, "aircraft": 2},
        ),
        ("OFAC designated a plant in the city of Dongying.", {"organization": 1}),
    ],
)
def test_targets_listed_along_with_others(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
