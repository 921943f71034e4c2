"""A state that aligns with, follows, takes over or gives effect to another's measures makes
its own claim; the same words with no sanction in view make none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [  # taking over another authority's ban: the taker's claim; dealings name their partner
        (
            "Oslo said it would align with the bloc's ban on transactions with 9 Russian banks.",
            "Norway",
            {"organization": 9},
        ),
        (
            "Iceland will mirror the EU ban on deals with two Russian exchanges.",
            "Iceland",
            {"organization": 2},
        ),
        (
            "Switzerland followed the US ban on the two exchanges.",
            "Switzerland",
            {"organization": 2},
        ),
        (
            "Japan joined the G7 ban on dealings with four Belarusian lenders.",
            "Japan",
            {"organization": 4},
        ),
    ],
)
def test_taking_over_another_authoritys_ban(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]
    assert counts(rows[0]) == expected


def test_a_ban_taken_over_by_no_state_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The club will follow the league's ban on pyrotechnics.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [
        (
            "Japan froze the assets of 11 firms. South Korea followed suit on Tuesday.",
            ["South Korea"],
            "imposed",
        ),
        (
            "The EU adopted its sanctions package. Norway and Iceland are expected to align next month.",
            ["Norway", "Iceland"],
            "planned",
        ),
        ("Britain listed 20 tankers, and Canada will follow within days.", ["Canada"], "planned"),
        (
            "Washington blacklisted the bank. New Zealand is set to join in the coming weeks.",
            ["New Zealand"],
            "planned",
        ),
    ],
)
def test_a_state_that_follows_or_aligns_without_an_object_makes_a_claim(
    claims_of: Rows, text: str, authority: list[str], status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == authority
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell sharply, and Australia is expected to follow.",
        "The talks will follow in May.",
        "Ministers said the report would follow next week.",
        "Canada joined the coalition in 2019.",
    ],
)
def test_following_outside_a_sanction_paragraph_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("ICELAND FALLS IN LINE WITH EU'S 12TH PACKAGE", ["Iceland"]),
        ("Montenegro Falls Into Line With EU Sanctions Package", ["Montenegro"]),
        ("Norway fell in line with the EU's latest sanctions package on Friday.", ["Norway"]),
        ("Switzerland has fallen in line with the bloc's 16th package.", ["Switzerland"]),
    ],
)
def test_falling_in_line_with_a_package_aligns(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authority
    assert row["sanction_targets"] == []


def test_falling_without_in_line_is_no_sanction(claims_of: Rows) -> None:
    assert claims_of("Exports to Russia fell in May after the EU package.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new decree harmonises Kyiv's sanctions with measures adopted by Japan against "
            "40 firms.",
            [(["Ukraine"], "imposed"), (["Japan"], "imposed")],
        ),
        (
            "Moldova synchronised its list with restrictions adopted by the EU in May.",
            [(["Moldova"], "imposed"), (["European Union"], "imposed")],
        ),
        (
            "Norway follows the sanctions adopted by the EU in June.",
            [(["Norway"], "imposed"), (["European Union"], "imposed")],
        ),
        (
            "Montenegro will synchronize its measures with the package approved by the European "
            "Union on Friday.",
            [(["Montenegro"], "planned"), (["European Union"], "imposed")],
        ),
    ],
)
def test_aligning_with_measures_another_state_adopted_makes_two_claims(
    claims_of: Rows, text: str, expected: list[tuple[list[str], str]]
) -> None:
    rows = claims_of(text, "sanction")
    assert [(r["sanction_authorities"], r["sanction_status"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The measures follow visa bans announced by Estonia and Latvia in March.",
            ["Estonia", "Latvia"],
        ),
        ("The new listings follow sanctions imposed by Britain last week.", ["United Kingdom"]),
        (
            "Today's package follows the travel bans announced by Japan in May.",
            ["Japan"],
        ),
        ("These restrictions followed an embargo adopted by the EU in 2022.", ["European Union"]),
    ],
)
def test_measures_that_follow_others_in_time_leave_the_others_their_own_claim(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert text[row["span_start"] : row["span_end"]].split()[0] in text.split()[4:6]


@pytest.mark.parametrize(
    ("text", "status", "authorities", "expected"),
    [
        (
            "Following its yearly review, the Council removed three persons from the list.",
            "lifted",
            ["European Union"],
            {"person": 3},
        ),
        (
            "Following a court ruling, Britain lifted the asset freeze on two Syrian bankers.",
            "lifted",
            ["United Kingdom"],
            {"person": 2},
        ),
        (
            "Following talks in Brussels, Norway aligned with the EU's sanctions on 20 Russian "
            "firms.",
            "imposed",
            ["Norway"],
            {"organization": 20},
        ),
        (
            "Following the vote, Canada renewed its asset freeze on six Haitian gang leaders.",
            "extended",
            ["Canada"],
            {"person": 6},
        ),
    ],
)
def test_following_as_a_preposition_of_time_is_no_action(
    claims_of: Rows, text: str, status: str, authorities: list[str], expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert (row["sanction_status"], row["sanction_authorities"]) == (status, authorities)
    assert counts(row) == expected
    assert not text[row["span_start"] : row["span_end"]].startswith("Following")


@pytest.mark.parametrize(
    ("text", "authorities", "expected"),
    [
        (
            "Singapore's central bank gave effect to the UN designation of four North Korean "
            "traders.",
            ["Singapore"],
            {"organization": 4},
        ),
        (
            "Ottawa will give effect to the new UN designations of two shipping firms.",
            ["Canada"],
            {"organization": 2},
        ),
        (
            "The Monetary Authority of Singapore today amended its rules to give effect to the "
            "designation of two individuals and one entity by the UN Security Council.",
            ["Singapore"],
            {"person": 2, "organization": 1},
        ),
        ("Regulator Gives Effect to New UN Designations", [], {}),
    ],
)
def test_giving_effect_to_another_s_designations_is_the_giver_s_claim(
    claims_of: Rows, text: str, authorities: list[str], expected: dict[str, int]
) -> None:
    row = claims_of(text, "sanction")[0]
    assert row["sanction_authorities"] == authorities
    assert counts(row) == expected


def test_giving_effect_to_a_contract_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The court gave effect to the contract signed in May.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("The EU adopted the package on 24 June.", "European Union"),
        ("Switzerland approved its 14th package on Friday.", "Switzerland"),
        ("Norway aligns with the EU's 17th package.", "Norway"),
        ("Canada has adopted the measures of the G7 package.", "Canada"),
    ],
)
def test_adopting_or_aligning_with_a_package(claims_of: Rows, text: str, authority: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert row["sanction_status"] == "imposed" and row["sanction_targets"] == []


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The United States, Japan and Australia took similar steps.",
            ["United States", "Japan", "Australia"],
        ),
        ("South Korea and Japan took similar action on the same day.", ["South Korea", "Japan"]),
        ("Canada announced parallel measures on Friday.", ["Canada"]),
    ],
)
def test_an_authority_taking_similar_action(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities and row["sanction_status"] == "imposed"


def test_similar_steps_of_no_authority_are_no_sanction(claims_of: Rows) -> None:
    assert claims_of("The army took similar steps to defend the city.", "sanction") == []
