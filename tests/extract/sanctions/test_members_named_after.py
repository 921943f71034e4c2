"""Members of a group named in a sentence after the action (CLAIMS.md: a list-membership
statement is a sanction claim with the authority of the action it belongs to): a definite
singular target word the story used before, named by a proper-noun apposition ('The broker, Jan
Smit, runs ...'), is that one member; a naming verb whose definite plural object the story used
before ('The panel named the commanders as A and B') names the group's members."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
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
    ],
)
def test_one_member_named_after_the_action(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
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
def test_a_told_group_named_as_its_members(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no sanction action before
        "The minister met a broker on Monday. The broker, Jan Smit, runs a shipping office.",
        "The minister praised two officers. He named the officers as Ana Ruiz and Luis Mora.",
    ],
)
def test_no_member_without_an_action(claims_of: Rows, text: str) -> None:
    assert carried(claims_of, text) == []


def test_a_member_the_story_never_told_is_none(claims_of: Rows) -> None:
    text = "Britain on Monday sanctioned four smugglers. The broker, Jan Smit, runs an office."
    assert len(carried(claims_of, text)) == 1
