"""A group or member referred back to and named after a sanction restates that action's targets
in detail: a claim of its own with the earlier authority (CLAIMS.md: a list-membership statement is
a sanction claim of the action it belongs to). A counted group as the subject ('The two entities, X
and Y, are ...', 'Two of the companies, X and Y, ...'); a definite singular target word the story
used before, named by a proper-noun apposition ('The broker, Jan Smit, runs ...'), is that one
member; a naming verb whose definite plural object the story used before ('The panel named the
commanders as A and B') names the group's members."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Canada on Friday added three individuals and two entities to its list. The two"
            " entities, Volta Freight and Orion Mining, are accused of smuggling gold.",
            "Canada",
            {"organization": 2},
        ),
        (
            "The Treasury designated eight firms on Monday. Two of the companies, Volta"
            " Freight and Orion Mining, are in Dubai; the others are three pharmacies and a"
            " trucking company.",
            "United States",
            {"organization": 3},  # the others in the same sentence too
        ),
        (
            "Japan froze the assets of three firms. The three firms, Volta Freight, Orion"
            " Mining and Kestrel Oil, are based in Dubai.",
            "Japan",
            {"organization": 3},
        ),
        (
            "Britain sanctioned four banks. Two of the banks, Volga Credit and Ural Trust,"
            " operate in Minsk.",
            "United Kingdom",
            {"organization": 2},
        ),
        (
            "Britain on Monday sanctioned four smugglers and a broker. The broker, Dutch"
            " national Jan Smit, runs a shipping office in Rotterdam.",
            "United Kingdom",
            {"person": 1},
        ),
        (
            "Canada sanctioned two generals and a businessman on Friday. The businessman,"
            " Omar Faruk, owns three mines in the north.",
            "Canada",
            {"person": 1},
        ),
        (
            "The EU listed three banks and a shipping company. The company, Baltic Star Lines,"
            " operates 12 tankers.",
            "European Union",
            {"organization": 1},
        ),
        (
            "Japan froze the assets of two generals and a trader. The trader, Osaka resident"
            " Kenji Mori, will appeal.",
            "Japan",
            {"person": 1},
        ),
        (
            "The UN committee on Tuesday added two commanders and a trader to its list. The"
            " committee named the commanders as Jean Kabaya, who led the assault, and Paul Ntare.",
            "UN Security Council",
            {"person": 2},
        ),
        (
            "The EU sanctioned four judges. Officials named the judges as Petr Novak, Ivan"
            " Horak, Jan Dvorak and Karel Cech.",
            "European Union",
            {"person": 4},
        ),
        (
            "Australia on Monday listed two vessels over the transfers. The department named"
            " the vessels as Ocean Pearl and Sea Breeze.",
            "Australia",
            {"vessel": 2},
        ),
    ],
)
def test_a_group_or_member_named_after_a_sanction_restates_it(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [  # with no sanction before, or unnamed, it describes a group and states nothing
        "The two companies, Volta Freight and Orion Mining, reported higher profits this year.",
        "Exports rose in May. Two of the firms, Volta Freight and Orion Mining, doubled sales.",
        "Britain sanctioned four banks. The two banks are based in Minsk.",
        "Japan froze the assets of three firms. Two of the firms operate in Dubai.",
    ],
)
def test_an_unnamed_or_unsanctioned_group_is_no_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == (0 if "sanctioned" not in text and "froze" not in text else 1), rows


@pytest.mark.parametrize(
    "text",
    [
        # no sanction action before
        "The minister met a broker on Monday. The broker, Jan Smit, runs a shipping office.",
        "The minister praised two officers. He named the officers as Ana Ruiz and Luis Mora.",
    ],
)
def test_no_member_named_without_an_action(claims_of: Rows, text: str) -> None:
    assert carried(claims_of, text) == []


def test_a_member_the_story_never_told_is_none(claims_of: Rows) -> None:
    text = "Britain on Monday sanctioned four smugglers. The broker, Jan Smit, runs an office."
    assert len(carried(claims_of, text)) == 1
